package io.stepline.store;

import java.util.List;
import java.util.Optional;

/**
 * A store that hands every call to another one: test stores that watch or interrupt a real
 * store's writes override what they need. The optional parts (state machines, task logs) keep
 * the interface's defaults.
 */
public abstract class ForwardingExecutionStore implements ExecutionStore {
    private final ExecutionStore store;

    protected ForwardingExecutionStore(ExecutionStore store) {
        this.store = store;
    }

    @Override
    public StartOutcome start(NewExecution execution) {
        return store.start(execution);
    }

    @Override
    public void apply(String executionArn, Transition transition) {
        store.apply(executionArn, transition);
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
