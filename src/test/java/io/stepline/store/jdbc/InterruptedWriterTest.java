package io.stepline.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepline.store.PathRecord;
import io.stepline.store.StoreException;
import io.stepline.store.Transition;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A thread interrupted while it writes to the embedded store (an executor's shutdownNow, a
 * cancelled future) must not take the store down for everyone. Through H2's default file
 * system the interrupt closes the file channel, H2 closes the whole store and every later
 * statement, from any thread, fails; the embedded store opens its file through {@code async:},
 * which an interrupt does not close. Without it this test fails at the first interrupt that lands
 * inside a write.
 */
class InterruptedWriterTest {
    private static final int TRANSITIONS = 300;

    @Test
    void aWriterInterruptedMidWriteLeavesTheStoreWorking(@TempDir Path directory) throws Exception {
        StoreSettings settings = StoreSettings.embedded(directory.resolve("stepline"));
        var execution = Fixtures.execution("{}");
        String arn = execution.executionArn();
        try (JdbcExecutionStore store = JdbcExecutionStore.open(settings)) {
            store.start(execution);
            PathRecord root = Fixtures.path("root", "{\"state\":\"Work\"}");
            Thread[] writer = new Thread[1];
            AtomicBoolean done = new AtomicBoolean();
            CompletableFuture<Integer> interruptedFailures = CompletableFuture.supplyAsync(() -> {
                writer[0] = Thread.currentThread();
                int failures = 0;
                long id = store.lastEventId(arn) + 1;
                while (id <= TRANSITIONS) {
                    try {
                        store.apply(arn, Transition.of(List.of(Fixtures.event(id, "PassStateEntered", "{}")),
                                List.of(root)));
                        id++;
                    } catch (StoreException interruptedBeforeItsWrite) {
                        failures++; // an interrupt may stop one apply (nothing written): the next one works
                        Thread.interrupted();
                        id = store.lastEventId(arn) + 1;
                    }
                    Thread.interrupted();
                }
                done.set(true);
                return failures;
            });
            // interrupts the writer as fast as possible until it is done: many land mid-write
            long interrupts = 0;
            while (!done.get() && !interruptedFailures.isDone()) {
                Thread target = writer[0];
                if (target != null) {
                    target.interrupt();
                    interrupts++;
                }
                Thread.onSpinWait();
            }
            interruptedFailures.get(60, TimeUnit.SECONDS);
            assertThat(interrupts).isPositive();

            // the store still works, for this thread and for the writer's history
            assertThat(store.lastEventId(arn)).isEqualTo(TRANSITIONS);
            store.apply(arn, Transition.of(List.of(Fixtures.event(TRANSITIONS + 1, "PassStateExited", "{}")),
                    List.of(root)));
            assertThat(store.events(arn, 0, TRANSITIONS + 10)).hasSize(TRANSITIONS + 1);
        }
        try (JdbcExecutionStore reopened = JdbcExecutionStore.open(settings)) {
            assertThat(reopened.lastEventId(arn)).isEqualTo(TRANSITIONS + 1);
        }
    }
}
