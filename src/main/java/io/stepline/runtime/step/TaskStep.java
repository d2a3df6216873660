package io.stepline.runtime.step;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.expression.EvaluationException;
import io.stepline.runtime.ChildPaths;
import io.stepline.runtime.StateVisit;
import io.stepline.runtime.error.Recovery;
import io.stepline.runtime.error.StateFailure;
import io.stepline.runtime.history.HistoryEventType;
import io.stepline.runtime.io.DataFlow;
import io.stepline.runtime.io.DynamicInteger;
import io.stepline.runtime.task.TaskInvoker;
import io.stepline.runtime.task.TaskTokens;
import io.stepline.runtime.task.TaskTimeouts;

/** Task: runs a bound resource per attempt, under the state's Retry and Catch. */
public final class TaskStep extends RecoverableStep {
    private final TaskInvoker invoker;
    private final DynamicInteger timeoutSeconds;
    private final DynamicInteger heartbeatSeconds;

    public TaskStep(String name, DataFlow flow, TaskInvoker invoker, DynamicInteger timeoutSeconds,
            DynamicInteger heartbeatSeconds, Recovery recovery, int next) {
        super(name, flow, HistoryEventType.TaskStateEntered, HistoryEventType.TaskStateExited, recovery, next);
        this.invoker = invoker;
        this.timeoutSeconds = timeoutSeconds;
        this.heartbeatSeconds = heartbeatSeconds;
    }

    @Override
    protected void attempt(Attempts attempts) throws StateFailure {
        run(attempts, false);
    }

    /**
     * A restart found this attempt scheduled (events written) but not ended: it runs again, or a
     * callback task whose message went out waits for its token again.
     */
    @Override
    protected void restoreAttempt(Attempts attempts, JsonNode resume, ChildPaths children) throws StateFailure {
        String token = resume.path("token").asText(null);
        if (token != null) {
            attempts.visit().taskToken(token);
        }
        if ("callback".equals(resume.path("kind").asText())) {
            awaitToken(attempts, token);
        } else {
            run(attempts, true);
        }
    }

    private void run(Attempts attempts, boolean alreadyScheduled) throws StateFailure {
        StateVisit visit = attempts.visit();
        if (invoker.isCallback() && visit.taskToken() == null) {
            visit.taskToken(TaskTokens.newToken());
        }
        JsonNode arguments = flow.arguments(visit, attempts.effective());
        TaskInvoker.Outcome outcome = outcome(attempts);
        boolean sent = invoker.invoke(visit, arguments, timeouts(visit, attempts.effective()), outcome,
                () -> withToken(attempts.describe("task"), visit), alreadyScheduled);
        if (sent) {
            awaitToken(attempts, visit.taskToken());
        }
    }

    private void awaitToken(Attempts attempts, String token) throws StateFailure {
        StateVisit visit = attempts.visit();
        invoker.awaitToken(visit, token, timeouts(visit, attempts.effective()), outcome(attempts),
                () -> withToken(attempts.describe("callback"), visit));
    }

    private TaskInvoker.Outcome outcome(Attempts attempts) {
        return new TaskInvoker.Outcome() {
            @Override
            public void succeeded(JsonNode result) throws StateFailure {
                attempts.succeeded(result);
            }

            @Override
            public void failed(StateFailure failure) throws StateFailure {
                attempts.failed(failure);
            }
        };
    }

    private static JsonNode withToken(com.fasterxml.jackson.databind.node.ObjectNode node, StateVisit visit) {
        if (visit.taskToken() != null) {
            node.put("token", visit.taskToken());
        }
        return node;
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
