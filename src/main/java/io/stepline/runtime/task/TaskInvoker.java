package io.stepline.runtime.task;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.connector.BoundTask;
import io.stepline.connector.TaskFailedException;
import io.stepline.connector.TaskRequest;
import io.stepline.runtime.EngineFault;
import io.stepline.runtime.Frame;
import io.stepline.runtime.StateVisit;
import io.stepline.runtime.error.ErrorNames;
import io.stepline.runtime.error.PathCancelled;
import io.stepline.runtime.error.StateFailure;
import io.stepline.runtime.history.EventDetails;
import io.stepline.runtime.history.HistoryEventType;
import io.stepline.runtime.time.Cancellation;
import io.stepline.runtime.time.RealScheduler;
import java.util.function.Supplier;

/**
 * Runs one attempt of a bound task and records it as Step Functions does (Scheduled, Started,
 * then Succeeded, Failed or TimedOut; Lambda ARNs use the LambdaFunction* events). A task with
 * a time-out or heartbeat on real time runs on a pool thread so the state can stop waiting for
 * it; everything else runs on the calling thread, which is interrupted if the path is cancelled
 * (a sibling branch or item failed) so the Parallel or Map need not wait for it.
 */
public final class TaskInvoker {
    private static final String REGION = "local";
    private final BoundTask task;
    private final String resource;
    private final boolean lambda;
    private final boolean callback;

    /** {@code callback}: a {@code .waitForTaskToken} resource, whose result comes with its task token. */
    public TaskInvoker(BoundTask task, String resource, boolean callback) {
        this.task = task;
        this.resource = resource;
        this.callback = callback;
        this.lambda = task.historyShape() == BoundTask.HistoryShape.LAMBDA_FUNCTION;
    }

    public boolean isCallback() {
        return callback;
    }

    /** Where an attempt's ending goes: the state's retry and catch logic. */
    public interface Outcome {
        void succeeded(JsonNode result) throws StateFailure;

        void failed(StateFailure failure) throws StateFailure;
    }

    /**
     * Runs one attempt. On real time without any time limit the task runs on the path's own
     * thread; otherwise (a TimeoutSeconds, HeartbeatSeconds or machine deadline, or virtual time)
     * it runs outside, the path parks, and whichever comes first (the task's end, a time-out,
     * the path's cancellation) wakes it. Returns true only for a callback task whose message
     * (carrying its token) went out: the caller then waits for the token with {@link #awaitToken}.
     */
    public boolean invoke(StateVisit visit, JsonNode arguments, TaskTimeouts timeouts, Outcome outcome,
            Supplier<JsonNode> inFlight, boolean alreadyScheduled) throws StateFailure {
        Frame frame = visit.frame();
        if (!alreadyScheduled) {
            recordScheduled(frame, arguments, timeouts);
        }
        AttemptControl control = new AttemptControl(frame, timeouts);
        TaskRequest request = new TaskRequest(arguments, idempotencyKey(visit), control);
        TaskLogContext logContext = new TaskLogContext(frame.execution().arn(), visit.stateName(), visit.retryCount());
        if (callback) {
            // The token is valid before the task that hands it out runs: a durable checkpoint
            // records it (with the in-flight attempt), and this engine keeps an answer that comes
            // before the path parks. So an answer sent from inside the task is not lost.
            String token = visit.taskToken();
            frame.execution().tokens().issue(token);
            frame.checkpoint(inFlight);
            AttemptResult sent = invokeHere(request, frame, logContext);
            if (sent.failure() != null || sent.stopped() || sent.fault() != null) {
                frame.execution().tokens().forget(token);
                deliver(frame, sent, outcome); // the message carrying the token could not be sent
                return false;
            }
            frame.record(HistoryEventType.TaskSubmitted,
                    new EventDetails.TaskSubmitted(task.resourceType(), task.resourceName(), sent.value()));
            return true;
        }
        // A task runs on the caller's own thread (an embedding application's, the CLI's) when
        // nothing may need to stop it; on a path worker it runs outside so no worker blocks on it.
        boolean inline = !frame.scheduler().isVirtual() && !timeouts.any()
                && frame.execution().deadline() == Long.MAX_VALUE && !RealScheduler.onWorker();
        if (inline) {
            frame.checkpoint(inFlight);
            deliver(frame, invokeHere(request, frame, logContext), outcome);
            return false;
        }
        AsyncAttempt attempt = new AsyncAttempt(frame);
        frame.park(() -> deliver(frame, attempt.result(), outcome), inFlight, null);
        frame.onWake(attempt::stop);
        if (control.taskDeadline() != Long.MAX_VALUE) {
            var timer = frame.scheduler().at(control.taskDeadline(),
                    () -> attempt.finish(AttemptResult.failedWith(new TaskFailedException(ErrorNames.TIMEOUT, null))));
            frame.onWake(timer::cancel);
        }
        if (control.hasHeartbeat()) {
            watchHeartbeat(frame, control, attempt);
        }
        frame.scheduler().runOutside(() -> attempt.run(() -> {
            try (TaskLogContext.Scope logged = logContext.open()) {
                return task.invoke(request);
            }
        }));
        return false;
    }

    /**
     * Parks a callback task until its token comes back (SendTaskSuccess, SendTaskFailure), its
     * TimeoutSeconds or HeartbeatSeconds run out, or the path is stopped.
     */
    public void awaitToken(StateVisit visit, String token, TaskTimeouts timeouts, Outcome outcome,
            Supplier<JsonNode> waiting) {
        Frame frame = visit.frame();
        AttemptControl control = new AttemptControl(frame, timeouts);
        AsyncAttempt attempt = new AsyncAttempt(frame);
        TaskTokens tokens = frame.execution().tokens();
        frame.park(() -> deliver(frame, attempt.result(), outcome), waiting, null);
        tokens.await(token, new TaskTokens.Waiter(attempt, control));
        frame.onWake(() -> tokens.forget(token));
        if (control.taskDeadline() != Long.MAX_VALUE) {
            var timer = frame.scheduler().at(control.taskDeadline(),
                    () -> attempt.finish(AttemptResult.failedWith(new TaskFailedException(ErrorNames.TIMEOUT, null))));
            frame.onWake(timer::cancel);
        }
        if (control.hasHeartbeat()) {
            watchHeartbeat(frame, control, attempt);
        }
    }

    /** Fails the attempt when HeartbeatSeconds pass without a heartbeat; re-arms after each one. */
    private static void watchHeartbeat(Frame frame, AttemptControl control, AsyncAttempt attempt) {
        long due = control.heartbeatDeadline();
        var timer = frame.scheduler().at(due, () -> {
            if (frame.now() >= control.heartbeatDeadline()) {
                attempt.finish(AttemptResult.failedWith(new TaskFailedException(ErrorNames.HEARTBEAT_TIMEOUT, null)));
            } else {
                watchHeartbeat(frame, control, attempt);
            }
        });
        frame.onWake(timer::cancel);
    }

    /** The same for every re-run of this attempt: execution, state visit, retry number. */
    static String idempotencyKey(StateVisit visit) {
        return visit.frame().execution().arn() + "#" + visit.stateName() + "#" + visit.enteredEventId()
                + "#" + visit.retryCount();
    }

    /** Runs the task on this thread; cancelling the path interrupts it, and the interrupt ends here. */
    private static AttemptResult invokeHere(TaskRequest request, Frame frame, BoundTask task, TaskLogContext logContext) {
        Thread caller = Thread.currentThread();
        try (Cancellation.Registration stop = frame.cancellation().whenCancelled(caller::interrupt);
                TaskLogContext.Scope logged = logContext.open()) {
            return AttemptResult.of(task.invoke(request));
        } catch (TaskFailedException failure) {
            return AttemptResult.failedWith(failure);
        } catch (InterruptedException stopped) {
            return AttemptResult.stoppedByEngine();
        } catch (RuntimeException fault) {
            return AttemptResult.faulted(fault);
        } finally {
            if (frame.cancellation().isCancelled()) {
                Thread.interrupted(); // clears the interrupt this path sent itself; the path ends as cancelled
            }
        }
    }

    private AttemptResult invokeHere(TaskRequest request, Frame frame, TaskLogContext logContext) {
        return invokeHere(request, frame, task, logContext);
    }

    /** Records how the attempt ended, on the path, and hands it to the state. */
    private void deliver(Frame frame, AttemptResult result, Outcome outcome) throws StateFailure {
        if (result.fault() != null) {
            throw new EngineFault("task " + resource + " failed unexpectedly", result.fault());
        }
        if (result.stopped() || (result.failure() != null && frame.cancellation().isCancelled())) {
            frame.checkRunning(); // the path was stopped: it ends with the reason
            throw new PathCancelled();
        }
        if (result.failure() != null) {
            TaskFailedException e = result.failure();
            recordFailure(frame, e);
            outcome.failed(new StateFailure(e.error(), e.cause()));
            return;
        }
        frame.record(lambda ? HistoryEventType.LambdaFunctionSucceeded : HistoryEventType.TaskSucceeded,
                lambda ? new EventDetails.LambdaSucceeded(result.value())
                        : new EventDetails.TaskSucceeded(task.resourceType(), task.resourceName(), result.value()));
        outcome.succeeded(result.value());
    }

    private void recordScheduled(Frame frame, JsonNode arguments, TaskTimeouts timeouts) {
        Long timeout = timeouts.timeoutMillis() > 0 ? timeouts.timeoutMillis() / 1000 : null;
        Long heartbeat = timeouts.heartbeatMillis() > 0 ? timeouts.heartbeatMillis() / 1000 : null;
        if (lambda) {
            frame.record(HistoryEventType.LambdaFunctionScheduled,
                    new EventDetails.LambdaScheduled(resource, arguments, timeout));
            frame.record(HistoryEventType.LambdaFunctionStarted, EventDetails.NONE);
        } else {
            frame.record(HistoryEventType.TaskScheduled, new EventDetails.TaskScheduled(task.resourceType(),
                    task.resourceName(), REGION, arguments, timeout, heartbeat));
            frame.record(HistoryEventType.TaskStarted,
                    new EventDetails.TaskStarted(task.resourceType(), task.resourceName()));
        }
    }

    private void recordFailure(Frame frame, TaskFailedException e) {
        boolean timedOut = ErrorNames.TIMEOUT.equals(e.error()) || ErrorNames.HEARTBEAT_TIMEOUT.equals(e.error());
        if (lambda) {
            frame.record(timedOut ? HistoryEventType.LambdaFunctionTimedOut : HistoryEventType.LambdaFunctionFailed,
                    new EventDetails.Failure(e.error(), e.cause()));
        } else {
            frame.record(timedOut ? HistoryEventType.TaskTimedOut : HistoryEventType.TaskFailed,
                    new EventDetails.TaskFailed(task.resourceType(), task.resourceName(), e.error(), e.cause()));
        }
    }
}
