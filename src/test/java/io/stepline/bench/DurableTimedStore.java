package io.stepline.bench;

import io.stepline.store.ExecutionFilter;
import io.stepline.store.ExecutionRecord;
import io.stepline.store.ExecutionStore;
import io.stepline.store.MachineVersion;
import io.stepline.store.NewExecution;
import io.stepline.store.PathRecord;
import io.stepline.store.StartOutcome;
import io.stepline.store.StoredEvent;
import io.stepline.store.TaskTokenRecord;
import io.stepline.store.Transition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;

/**
 * The store as the engine sees it, with the time spent inside its writes ({@code start} and
 * {@code apply}: building the rows, the statements and the commit) added up, so a runner can
 * tell the store's share of a transition from the engine's own. After {@link #keepEach()} it also
 * keeps each write's end time and duration, in order.
 */
final class DurableTimedStore implements ExecutionStore {
    private final ExecutionStore store;
    private final LongAdder writes = new LongAdder();
    private final LongAdder writeNanos = new LongAdder();
    private final List<long[]> each = new ArrayList<>();
    private volatile boolean keeping;

    DurableTimedStore(ExecutionStore store) {
        this.store = store;
    }

    /** Writes so far and the nanoseconds spent in them (summed over threads). */
    long[] writes() {
        return new long[] {writes.sum(), writeNanos.sum()};
    }

    @Override
    public StartOutcome start(NewExecution execution) {
        long started = System.nanoTime();
        try {
            return store.start(execution);
        } finally {
            count(started);
        }
    }

    @Override
    public void apply(String executionArn, Transition transition) {
        long started = System.nanoTime();
        try {
            store.apply(executionArn, transition);
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

    @Override
    public MachineVersion registerVersion(String machineName, String definition, String contentHash,
            String sourceFile) {
        return store.registerVersion(machineName, definition, contentHash, sourceFile);
    }

    @Override
    public Optional<MachineVersion> version(String machineName, int version) {
        return store.version(machineName, version);
    }

    @Override
    public Optional<MachineVersion> latestVersion(String machineName) {
        return store.latestVersion(machineName);
    }

    @Override
    public List<MachineVersion> machines() {
        return store.machines();
    }

    @Override
    public Optional<ExecutionRecord> execution(String executionArn) {
        return store.execution(executionArn);
    }

    @Override
    public List<ExecutionRecord> executions(ExecutionFilter filter) {
        return store.executions(filter);
    }

    @Override
    public List<String> runningExecutions() {
        return store.runningExecutions();
    }

    @Override
    public boolean claim(String executionArn, String owner, long leaseUntil, long now) {
        return store.claim(executionArn, owner, leaseUntil, now);
    }

    @Override
    public void renewLeases(String owner, long leaseUntil) {
        store.renewLeases(owner, leaseUntil);
    }

    @Override
    public List<String> claimable(String owner, long now, int limit) {
        return store.claimable(owner, now, limit);
    }

    @Override
    public List<StoredEvent> events(String executionArn, long afterEventId, int limit) {
        return store.events(executionArn, afterEventId, limit);
    }

    @Override
    public long lastEventId(String executionArn) {
        return store.lastEventId(executionArn);
    }

    @Override
    public List<PathRecord> paths(String executionArn) {
        return store.paths(executionArn);
    }

    @Override
    public Optional<TaskTokenRecord> taskToken(String token) {
        return store.taskToken(token);
    }

    @Override
    public Optional<String> payload(String reference) {
        return store.payload(reference);
    }

    @Override
    public void close() {
        store.close();
    }
}
