package io.stepline.store;

import java.util.List;
import java.util.Optional;

/**
 * Durable storage of state machines and their executions. Every method is safe to call from
 * many threads. A {@link Transition} is written atomically: a crash leaves either all of it or
 * none of it, which is what lets an execution resume exactly where it stopped.
 */
public interface ExecutionStore extends AutoCloseable {

    // ---- state machines ------------------------------------------------------------------

    /**
     * Records a definition of a machine: returns the latest version when its content hash and
     * source file are the same, otherwise a new version (1, 2, ...). Executions are pinned to a
     * version. {@code sourceFile} is the file it was read from, or null.
     */
    MachineVersion registerVersion(String machineName, String definition, String contentHash, String sourceFile);

    Optional<MachineVersion> version(String machineName, int version);

    Optional<MachineVersion> latestVersion(String machineName);

    /** Every machine with its latest version, by name. */
    List<MachineVersion> machines();

    // ---- executions ----------------------------------------------------------------------

    /**
     * Starts an execution atomically with its first events and its root path. Names are unique
     * per machine: when the name exists, nothing is written and the outcome says whether the
     * existing execution had the same input (AWS: idempotent start) or not
     * (ExecutionAlreadyExists).
     */
    StartOutcome start(NewExecution execution);

    Optional<ExecutionRecord> execution(String executionArn);

    /** Executions matching the filter, newest first. */
    List<ExecutionRecord> executions(ExecutionFilter filter);

    /** Arns of executions whose status is RUNNING: what a restarted engine must resume. */
    List<String> runningExecutions();

    // ---- who runs what ---------------------------------------------------------------------

    /**
     * Takes (or keeps) the right to run a RUNNING execution: succeeds when nobody holds it, its
     * holder's lease has run out (a killed process), or {@code owner} holds it already.
     */
    boolean claim(String executionArn, String owner, long leaseUntil, long now);

    /** Extends every lease {@code owner} holds on RUNNING executions. */
    void renewLeases(String owner, long leaseUntil);

    /** RUNNING executions {@code owner} could claim now (unheld, expired, or its own), oldest first. */
    List<String> claimable(String owner, long now, int limit);

    // ---- transitions ---------------------------------------------------------------------

    /** Writes one transition of one execution atomically (events, paths, tokens, status). */
    void apply(String executionArn, Transition transition);

    /** History events with id greater than {@code afterEventId}, in id order, at most {@code limit}. */
    List<StoredEvent> events(String executionArn, long afterEventId, int limit);

    /** The highest event id of an execution, 0 when it has none. */
    long lastEventId(String executionArn);

    /** Every path of an execution (running, parked or finished and kept for a parent). */
    List<PathRecord> paths(String executionArn);

    // ---- callbacks -----------------------------------------------------------------------

    Optional<TaskTokenRecord> taskToken(String token);

    // ---- large values --------------------------------------------------------------------

    /** The JSON text of a value stored out of line, by the reference found in its place. */
    Optional<String> payload(String reference);

    // ---- state machines created through the API ------------------------------------------

    /** Where the type and deletion of API-created machines are kept (nowhere by default). */
    default StateMachines stateMachines() {
        return StateMachines.NONE;
    }

    // ---- task logs -------------------------------------------------------------------------

    /** Where the log lines of this store's executions' tasks are kept (none by default). */
    default TaskLogs taskLogs() {
        return TaskLogs.NONE;
    }

    @Override
    void close();
}
