package io.stepline.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepline.runtime.error.ErrorNames;
import io.stepline.runtime.error.ExecutionTimedOut;
import io.stepline.runtime.error.StateFailure;
import io.stepline.runtime.history.EventDetails;
import io.stepline.runtime.history.History;
import io.stepline.runtime.history.HistoryEventType;
import io.stepline.runtime.task.TaskTokens;
import io.stepline.runtime.time.Scheduler;
import io.stepline.runtime.time.VirtualScheduler;

/**
 * Starts executions of a compiled machine and ends them: the first event, the machine's
 * time-out, and the final event and result once the top-level path has ended.
 */
public final class ExecutionRunner {
    public static final String ENGINE_FAULT = "Stepline.EngineFault";
    public static final String ROOT_PATH = "0";

    private ExecutionRunner() {
    }

    /**
     * Starts an execution. Its top-level path runs on the calling thread until it ends or first
     * parks; the returned execution's {@link Execution#result()} completes when it has ended.
     */
    public static Execution start(CompiledMachine machine, String name, JsonNode input, ObjectNode contextMembers,
            Scheduler scheduler, History history, TaskTokens tokens) {
        return start(machine, name, input, contextMembers, scheduler, history, tokens, false);
    }

    /**
     * As {@link #start(CompiledMachine, String, JsonNode, ObjectNode, Scheduler, History, TaskTokens)};
     * with {@code onWorkers} the top-level path starts on the scheduler's workers instead, and this
     * returns at once (AWS StartExecution: the caller, a server's request thread, runs no state).
     */
    public static Execution start(CompiledMachine machine, String name, JsonNode input, ObjectNode contextMembers,
            Scheduler scheduler, History history, TaskTokens tokens, boolean onWorkers) {
        Execution execution = new Execution(machine.identity(), name, input, history, scheduler,
                machine.timeoutSeconds(), 0, Journal.NONE, scheduler.now(), tokens, contextMembers);
        history.record(0, scheduler.now(), HistoryEventType.ExecutionStarted,
                new EventDetails.ExecutionStarted(input, ContextObject.ROLE_ARN, machine.identity().arn()));
        // AWS links the first state's events to nothing (previousEventId 0), not to ExecutionStarted.
        Frame root = new Frame(execution, ROOT_PATH, null, machine.root(), Variables.root(),
                execution.cancellation(), input, 0, endOf(execution));
        if (onWorkers) {
            scheduler.execute(() -> PathRunner.run(root));
        } else {
            PathRunner.run(root);
        }
        return execution;
    }

    /**
     * Arms the machine's time-out and returns what ends the execution when its top-level path
     * ends: the final event (written with the journal's last transition) and the result.
     */
    public static PathListener endOf(Execution execution) {
        Scheduler scheduler = execution.scheduler();
        Scheduler.Timer deadline = execution.deadline() == Long.MAX_VALUE ? null
                : scheduler.at(execution.deadline(), () -> execution.cancellation().cancel(new ExecutionTimedOut()));
        return path -> end(execution, path, deadline);
    }

    /** Runs an execution to its end: on virtual time on this thread, else waiting for the workers. */
    public static ExecutionResult run(CompiledMachine machine, String name, JsonNode input,
            ObjectNode contextMembers, Scheduler scheduler, History history, TaskTokens tokens) {
        Execution execution = start(machine, name, input, contextMembers, scheduler, history, tokens);
        if (scheduler instanceof VirtualScheduler virtual) {
            virtual.runUntilIdle();
        }
        return execution.result().join();
    }

    private static void end(Execution execution, Frame root, Scheduler.Timer deadline) {
        if (deadline != null) {
            deadline.cancel();
        }
        ExecutionResult result;
        RuntimeException interruption = root.interruption();
        StateFailure failure = root.failure();
        if (interruption instanceof ExecutionTimedOut) {
            execution.cancellation().cancel(interruption);
            root.record(HistoryEventType.ExecutionTimedOut, new EventDetails.Failure(ErrorNames.TIMEOUT, null));
            result = result(execution, ExecutionStatus.TIMED_OUT, null, ErrorNames.TIMEOUT, null);
        } else if (interruption instanceof EngineFault fault) {
            String cause = "Stepline hit an internal error running this execution ("
                    + rootCause(fault).getClass().getSimpleName() + "); the engine log has the details";
            root.record(HistoryEventType.ExecutionFailed, new EventDetails.Failure(ENGINE_FAULT, cause));
            result = result(execution, ExecutionStatus.FAILED, null, ENGINE_FAULT, cause);
        } else if (interruption != null) {
            root.record(HistoryEventType.ExecutionAborted, new EventDetails.Failure(null, null));
            result = result(execution, ExecutionStatus.ABORTED, null, null, null);
        } else if (failure != null) {
            root.record(HistoryEventType.ExecutionFailed, new EventDetails.Failure(failure.error(), failure.cause()));
            result = result(execution, ExecutionStatus.FAILED, null, failure.error(), failure.cause());
        } else {
            root.record(HistoryEventType.ExecutionSucceeded, new EventDetails.ExecutionSucceeded(root.value()));
            result = result(execution, ExecutionStatus.SUCCEEDED, root.value(), null, null);
        }
        execution.journal().ended(root, result);
        execution.result().complete(result);
    }

    private static Throwable rootCause(Throwable fault) {
        Throwable cause = fault;
        while (cause.getCause() != null && cause instanceof EngineFault) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static ExecutionResult result(Execution execution, ExecutionStatus status, JsonNode output, String error,
            String cause) {
        return new ExecutionResult(execution.arn(), status, output, error, cause, execution.history().events());
    }
}
