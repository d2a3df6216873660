package io.stepline.durable;

import io.stepline.store.ExecutionStore;
import io.stepline.store.ForwardingExecutionStore;
import io.stepline.store.PathRecord;
import io.stepline.store.Transition;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A real store as an engine that is killed at a chosen point sees it: the transition picked by
 * {@code held} waits in flight, the one picked by {@code last} commits, and then the process
 * "dies": the held transition and every later one never reach the store. Reads, and the lease
 * release of the stopping engine (as good as the lease running out), go through.
 */
final class DyingStore extends ForwardingExecutionStore {
    private final Predicate<Transition> held;
    private final Predicate<Transition> last;
    private final CountDownLatch died = new CountDownLatch(1);

    DyingStore(ExecutionStore store, Predicate<Transition> held, Predicate<Transition> last) {
        super(store);
        this.held = held;
        this.last = last;
    }

    /** A transition writing the path whose id ends with {@code suffix}, with {@code status}. */
    static Predicate<Transition> writes(String suffix, PathRecord.PathStatus status) {
        return transition -> transition.pathsToWrite().stream()
                .anyMatch(path -> path.pathId().endsWith(suffix) && path.status() == status);
    }

    /** Waits until the chosen point was reached; false if it was not within {@code seconds}. */
    boolean awaitDeath(long seconds) throws InterruptedException {
        return died.await(seconds, TimeUnit.SECONDS);
    }

    @Override
    public void apply(String executionArn, Transition transition) {
        if (held.test(transition)) {
            try {
                died.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (died.getCount() == 0) {
            throw new IllegalStateException("the process is dead: this write never happens");
        }
        super.apply(executionArn, transition);
        if (last.test(transition)) {
            died.countDown();
        }
    }

    @Override
    public void close() {
        // the real store is the test's to close
    }
}
