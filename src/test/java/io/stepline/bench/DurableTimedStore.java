package io.stepline.bench;

import io.stepline.store.ExecutionStore;
import io.stepline.store.ForwardingExecutionStore;
import io.stepline.store.NewExecution;
import io.stepline.store.StartOutcome;
import io.stepline.store.Transition;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;

/**
 * The store as the engine sees it, with the time spent inside its writes ({@code start} and
 * {@code apply}: building the rows, the statements and the commit) added up, so a runner can
 * tell the store's share of a transition from the engine's own. After {@link #keepEach()} it also
 * keeps each write's end time and duration, in order.
 */
final class DurableTimedStore extends ForwardingExecutionStore {
    private final LongAdder writes = new LongAdder();
    private final LongAdder writeNanos = new LongAdder();
    private final List<long[]> each = new ArrayList<>();
    private volatile boolean keeping;

    DurableTimedStore(ExecutionStore store) {
        super(store);
    }

    /** Writes so far and the nanoseconds spent in them (summed over threads). */
    long[] writes() {
        return new long[] {writes.sum(), writeNanos.sum()};
    }

    @Override
    public StartOutcome start(NewExecution execution) {
        long started = System.nanoTime();
        try {
            return super.start(execution);
        } finally {
            count(started);
        }
    }

    @Override
    public void apply(String executionArn, Transition transition) {
        long started = System.nanoTime();
        try {
            super.apply(executionArn, transition);
        } finally {
            count(started);
        }
    }

    /** From now on, keeps every write's {end nanoTime, duration}. */
    void keepEach() {
        keeping = true;
    }

    /** The writes kept since {@link #keepEach()}: {end nanoTime, duration in nanoseconds} each. */
    synchronized List<long[]> kept() {
        return List.copyOf(each);
    }

    private void count(long started) {
        long ended = System.nanoTime();
        writeNanos.add(ended - started);
        writes.increment();
        if (keeping) {
            synchronized (this) {
                each.add(new long[] {ended, ended - started});
            }
        }
    }
}
