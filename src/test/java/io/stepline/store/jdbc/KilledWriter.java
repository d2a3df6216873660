package io.stepline.store.jdbc;

import io.stepline.json.Json;
import io.stepline.store.NewExecution;
import io.stepline.store.PathRecord;
import io.stepline.store.StoredEvent;
import io.stepline.store.Transition;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * The process {@link EmbeddedStoreDurabilityTest} kills: applies transitions to an embedded
 * store forever, printing the id of each event once {@code apply} has returned.
 */
public final class KilledWriter {
    static final String EXECUTION_ARN = "arn:aws:states:us-east-1:123456789012:execution:killed:run";

    private KilledWriter() {
    }

    public static void main(String[] args) throws Exception {
        var details = Json.parse("{\"state\":\"Work\"}");
        JdbcExecutionStore store = JdbcExecutionStore.open(StoreSettings.embedded(Path.of(args[0])));
        PathRecord root = new PathRecord("root", null, PathRecord.PathStatus.RUNNABLE, details, null);
        store.start(new NewExecution(EXECUTION_ARN, "killed", 1, "run", "STANDARD", details, Instant.now(), List.of(),
                root));
        // stops by itself if its test is gone: when nobody reads its output, or after a minute
        long deadline = System.nanoTime() + 60_000_000_000L;
        for (long id = 1; System.nanoTime() < deadline && !System.out.checkError(); id++) {
            store.apply(EXECUTION_ARN, Transition.of(List.of(new StoredEvent(id, id - 1, id, "PassStateEntered",
                    details, "root")), List.of(root)));
            System.out.println(id);
            System.out.flush();
        }
        System.exit(1);
    }
}
