package io.stepline.runtime.task;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.connector.BoundTask;
import io.stepline.connector.TaskFailedException;
import io.stepline.connector.TaskRequest;
import io.stepline.runtime.Frame;
import io.stepline.runtime.StateVisit;
import io.stepline.runtime.error.ErrorNames;
import io.stepline.runtime.error.PathCancelled;
import io.stepline.runtime.error.StateFailure;
import io.stepline.runtime.history.EventDetails;
import io.stepline.runtime.history.HistoryEventType;
import io.stepline.runtime.time.Cancellation;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

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
    private final ExecutorService executor;
    private final boolean lambda;

    public TaskInvoker(BoundTask task, String resource, ExecutorService executor) {
        this.task = task;
        this.resource = resource;
        this.executor = executor;
        this.lambda = task.historyShape() == BoundTask.HistoryShape.LAMBDA_FUNCTION;
    }

    public JsonNode invoke(StateVisit visit, JsonNode arguments, TaskTimeouts timeouts) throws StateFailure {
        Frame frame = visit.frame();
        recordScheduled(frame, arguments, timeouts);
        AttemptControl control = new AttemptControl(frame, timeouts);
        TaskRequest request = new TaskRequest(arguments, idempotencyKey(visit), control);
        try {
            boolean unbounded = !timeouts.any() && frame.execution().deadline() == Long.MAX_VALUE;
            JsonNode result = frame.timeline().isVirtual() ? task.invoke(request)
                    : unbounded ? invokeInterruptibly(request, frame)
                    : invokeWithDeadline(request, control, frame);
            frame.record(lambda ? HistoryEventType.LambdaFunctionSucceeded : HistoryEventType.TaskSucceeded,
                    lambda ? new EventDetails.LambdaSucceeded(result)
                            : new EventDetails.TaskSucceeded(task.resourceType(), task.resourceName(), result));
            return result;
        } catch (TaskFailedException e) {
            if (frame.cancellation().isCancelled()) {
                throw new PathCancelled(); // the task failed because the engine stopped it
            }
            recordFailure(frame, e);
            throw new StateFailure(e.error(), e.cause());
        } catch (InterruptedException e) {
            // The engine stopped the task: the execution timed out or this path was cancelled.
            frame.checkRunning();
            throw new PathCancelled();
        }
    }

    /** The same for every re-run of this attempt: execution, state visit, retry number. */
    static String idempotencyKey(StateVisit visit) {
        return visit.frame().execution().arn() + "#" + visit.stateName() + "#" + visit.enteredEventId()
                + "#" + visit.retryCount();
    }

    /** Runs the task on this thread; cancelling the path interrupts it, and the interrupt ends here. */
    private JsonNode invokeInterruptibly(TaskRequest request, Frame frame)
            throws TaskFailedException, InterruptedException {
        Thread caller = Thread.currentThread();
        try (Cancellation.Registration stop = frame.cancellation().whenCancelled(caller::interrupt)) {
            return task.invoke(request);
        } finally {
            if (frame.cancellation().isCancelled()) {
                Thread.interrupted(); // clears the interrupt this path sent itself; the path ends as cancelled
            }
        }
    }

    private JsonNode invokeWithDeadline(TaskRequest request, AttemptControl control, Frame frame)
            throws TaskFailedException, InterruptedException {
        Future<JsonNode> future = executor.submit(() -> task.invoke(request));
        try {
            while (true) {
                frame.checkRunning(); // also ends the wait at the machine's deadline
                long now = frame.timeline().now();
                long deadline = Math.min(control.taskDeadline(), control.heartbeatDeadline());
                if (now >= deadline) {
                    future.cancel(true);
                    throw new TaskFailedException(deadline == control.taskDeadline() ? ErrorNames.TIMEOUT
                            : ErrorNames.HEARTBEAT_TIMEOUT, null);
                }
                try {
                    long wait = Math.min(Math.min(deadline, frame.execution().deadline()) - now, 100);
                    return future.get(Math.max(1, wait), TimeUnit.MILLISECONDS);
                } catch (TimeoutException stillRunning) {
                    // loop: re-check cancellation, deadlines and heartbeats
                }
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof TaskFailedException failed) {
                throw failed;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("task " + resource + " failed unexpectedly", cause);
        } finally {
            if (!future.isDone()) {
                future.cancel(true);
            }
        }
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
