package io.stepline.runtime.task;

import io.stepline.connector.TaskControl;
import io.stepline.connector.TaskFailedException;
import io.stepline.runtime.Frame;
import io.stepline.runtime.error.ErrorNames;
import java.time.Duration;

/**
 * The controls one task attempt gets. Sleeping honours, in order of what comes first: the
 * task's TimeoutSeconds, its HeartbeatSeconds since the last heartbeat, and the machine's
 * deadline. On a virtual timeline this is how a mock's delay meets a time-out without waiting.
 */
final class AttemptControl implements TaskControl {
    private final Frame frame;
    private final long taskDeadline;
    private final long heartbeatMillis;
    private volatile long lastHeartbeat;

    AttemptControl(Frame frame, TaskTimeouts timeouts) {
        this.frame = frame;
        long start = frame.timeline().now();
        this.taskDeadline = timeouts.timeoutMillis() > 0 ? start + timeouts.timeoutMillis() : Long.MAX_VALUE;
        this.heartbeatMillis = timeouts.heartbeatMillis();
        this.lastHeartbeat = start;
    }

    @Override
    public void sleep(Duration duration) throws TaskFailedException, InterruptedException {
        long wakeAt = frame.timeline().now() + duration.toMillis();
        long heartbeatDeadline = heartbeatMillis > 0 ? lastHeartbeat + heartbeatMillis : Long.MAX_VALUE;
        long machineDeadline = frame.execution().deadline();
        long deadline = Math.min(Math.min(taskDeadline, heartbeatDeadline), machineDeadline);
        if (frame.timeline().sleepUntil(wakeAt, deadline, frame.cancellation())) {
            return;
        }
        if (deadline == machineDeadline && machineDeadline < Math.min(taskDeadline, heartbeatDeadline)) {
            // The whole execution is out of time: tell the task to stop, the invoker ends the run.
            throw new InterruptedException("the execution timed out");
        }
        throw new TaskFailedException(deadline == taskDeadline ? ErrorNames.TIMEOUT : ErrorNames.HEARTBEAT_TIMEOUT,
                null);
    }

    @Override
    public void heartbeat() {
        lastHeartbeat = frame.timeline().now();
    }

    @Override
    public boolean isCancelled() {
        return frame.cancellation().isCancelled();
    }

    long taskDeadline() {
        return taskDeadline;
    }

    long heartbeatDeadline() {
        return heartbeatMillis > 0 ? lastHeartbeat + heartbeatMillis : Long.MAX_VALUE;
    }
}
