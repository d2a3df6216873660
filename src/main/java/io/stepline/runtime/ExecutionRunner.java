package io.stepline.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.runtime.error.ErrorNames;
import io.stepline.runtime.error.ExecutionTimedOut;
import io.stepline.runtime.error.PathCancelled;
import io.stepline.runtime.error.StateFailure;
import io.stepline.runtime.history.EventDetails;
import io.stepline.runtime.history.History;
import io.stepline.runtime.history.HistoryEventType;
import io.stepline.runtime.time.Timeline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs one execution of a compiled machine to its end, on the calling thread. */
public final class ExecutionRunner {
    public static final String ENGINE_FAULT = "Stepline.EngineFault";
    private static final Logger LOG = LoggerFactory.getLogger(ExecutionRunner.class);

    private ExecutionRunner() {
    }

    public static ExecutionResult run(CompiledMachine machine, String name, JsonNode input, Timeline timeline,
            History history) {
        Execution execution = new Execution(machine.identity(), name, input, history, timeline,
                machine.timeoutSeconds(), 0);
        history.record(0, timeline.now(), HistoryEventType.ExecutionStarted,
                new EventDetails.ExecutionStarted(input, ContextObject.ROLE_ARN, machine.identity().arn()));
        // As in AWS, the first state's entered event links to event 0, not to ExecutionStarted.
        Frame root = new Frame(execution, Variables.root(), timeline, execution.cancellation(), input,
                machine.root().start(), 0);
        try {
            machine.root().run(root);
            root.record(HistoryEventType.ExecutionSucceeded, new EventDetails.ExecutionSucceeded(root.value()));
            return result(execution, ExecutionStatus.SUCCEEDED, root.value(), null, null);
        } catch (StateFailure failure) {
            root.record(HistoryEventType.ExecutionFailed, new EventDetails.Failure(failure.error(), failure.cause()));
            return result(execution, ExecutionStatus.FAILED, null, failure.error(), failure.cause());
        } catch (ExecutionTimedOut timedOut) {
            execution.cancellation().cancel();
            root.record(HistoryEventType.ExecutionTimedOut, new EventDetails.Failure(ErrorNames.TIMEOUT, null));
            return result(execution, ExecutionStatus.TIMED_OUT, null, ErrorNames.TIMEOUT, null);
        } catch (PathCancelled aborted) {
            root.record(HistoryEventType.ExecutionAborted, new EventDetails.Failure(null, null));
            return result(execution, ExecutionStatus.ABORTED, null, null, null);
        } catch (RuntimeException fault) {
            // A bug, not a workflow error: no Catch may swallow it; the operator gets the trace.
            execution.cancellation().cancel();
            LOG.error("engine fault in execution {}", execution.arn(), fault);
            String cause = "Stepline hit an internal error running this execution (" + fault.getClass().getSimpleName()
                    + "); the engine log has the details";
            root.record(HistoryEventType.ExecutionFailed, new EventDetails.Failure(ENGINE_FAULT, cause));
            return result(execution, ExecutionStatus.FAILED, null, ENGINE_FAULT, cause);
        }
    }

    private static ExecutionResult result(Execution execution, ExecutionStatus status, JsonNode output, String error,
            String cause) {
        return new ExecutionResult(execution.arn(), status, output, error, cause, execution.history().events());
    }
}
