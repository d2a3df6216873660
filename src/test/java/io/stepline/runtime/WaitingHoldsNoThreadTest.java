package io.stepline.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepline.engine.Pipeline;
import io.stepline.engine.RunOptions;
import io.stepline.engine.Stepline;
import io.stepline.json.Json;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Executions waiting (a Wait, a retry interval, branches waiting) hold no thread each. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class WaitingHoldsNoThreadTest {
    private static final String WAITS = """
            {"StartAt": "Fan", "States": {"Fan": {"Type": "Parallel", "End": true, "Branches": [
              {"StartAt": "Hold", "States": {"Hold": {"Type": "Wait", "Seconds": 3600, "End": true}}},
              {"StartAt": "Also", "States": {"Also": {"Type": "Wait", "Seconds": 3600, "End": true}}}]}}}""";

    @Test
    void twoThousandWaitingExecutionsAddNoThreads() throws Exception {
        try (Stepline engine = Stepline.start(Json.NODES.objectNode())) {
            Pipeline pipeline = engine.load("waits.asl.json", "waits", WAITS, Map.of(), List.of());
            pipeline.start(Json.NODES.objectNode(), RunOptions.DEFAULTS).stop(); // warm the pools up
            Thread.sleep(200);
            int before = ManagementFactory.getThreadMXBean().getThreadCount();
            List<Execution> waiting = new ArrayList<>();
            for (int i = 0; i < 2000; i++) {
                waiting.add(pipeline.start(Json.NODES.objectNode(), RunOptions.DEFAULTS));
            }
            Thread.sleep(500);
            int during = ManagementFactory.getThreadMXBean().getThreadCount();
            assertThat(waiting.stream().filter(e -> e.result().isDone()).map(e -> e.result().join().toString()).limit(3).toList()).isEmpty();
            assertThat(during - before).as("threads added by 2,000 waiting executions (4,000 waiting paths)")
                    .isLessThan(20);
            waiting.forEach(Execution::stop);
            for (Execution execution : waiting) {
                assertThat(execution.result().get(10, TimeUnit.SECONDS).status()).isEqualTo(ExecutionStatus.ABORTED);
            }
        }
    }
}
