package io.stepline.runtime.step;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.expression.EvaluationException;
import io.stepline.runtime.StateVisit;
import io.stepline.runtime.error.Recovery;
import io.stepline.runtime.error.StateFailure;
import io.stepline.runtime.history.HistoryEventType;
import io.stepline.runtime.io.DataFlow;
import io.stepline.runtime.io.DynamicInteger;
import io.stepline.runtime.task.TaskInvoker;
import io.stepline.runtime.task.TaskTimeouts;

/** Task: runs a bound resource per attempt, under the state's Retry and Catch. */
public final class TaskStep extends StateStep {
    private final TaskInvoker invoker;
    private final DynamicInteger timeoutSeconds;
    private final DynamicInteger heartbeatSeconds;
    private final Recovery recovery;
    private final int next;

    public TaskStep(String name, DataFlow flow, TaskInvoker invoker, DynamicInteger timeoutSeconds,
            DynamicInteger heartbeatSeconds, Recovery recovery, int next) {
        super(name, flow, HistoryEventType.TaskStateEntered, HistoryEventType.TaskStateExited);
        this.invoker = invoker;
        this.timeoutSeconds = timeoutSeconds;
        this.heartbeatSeconds = heartbeatSeconds;
        this.recovery = recovery;
        this.next = next;
    }

    @Override
    protected void run(StateVisit visit) throws StateFailure {
        JsonNode effective = flow.enter(visit);
        Recovery.Outcome outcome = recovery.run(visit, () -> {
            JsonNode arguments = flow.arguments(visit, effective);
            JsonNode result = invoker.invoke(visit, arguments, timeouts(visit, effective));
            return flow.complete(visit, result);
        });
        finish(visit, outcome, next);
    }

    private TaskTimeouts timeouts(StateVisit visit, JsonNode effective) throws StateFailure {
        if (timeoutSeconds == null && heartbeatSeconds == null) {
            return TaskTimeouts.NONE;
        }
        try {
            long timeout = timeoutSeconds == null ? 0 : timeoutSeconds.resolve(visit.withInput(effective)) * 1000L;
            long heartbeat = heartbeatSeconds == null ? 0
                    : heartbeatSeconds.resolve(visit.withInput(effective)) * 1000L;
            return new TaskTimeouts(timeout, heartbeat);
        } catch (EvaluationException e) {
            throw visit.failure(e);
        }
    }
}
