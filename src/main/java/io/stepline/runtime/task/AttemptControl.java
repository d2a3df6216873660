package io.stepline.runtime.task;

import io.stepline.connector.TaskControl;
import io.stepline.connector.TaskFailedException;
import io.stepline.runtime.Frame;
import io.stepline.runtime.error.ErrorNames;
import java.time.Duration;

/**
 * The controls one task attempt gets. Sleeping uses the execution's clock (virtual under test)
 * and ends early at the task's TimeoutSeconds or HeartbeatSeconds since the last heartbeat,
 * failing with States.Timeout or States.HeartbeatTimeout, or when the path is stopped
 * (InterruptedException: the task should end).
 */
final class AttemptControl implements TaskControl {
    private final Frame frame;
    private final long taskDeadline;
    private final long heartbeatMillis;
    private volatile long lastHeartbeat;

    AttemptControl(Frame frame, TaskTimeouts timeouts) {
        this.frame = frame;
        long start = frame.now();
        this.taskDeadline = timeouts.timeoutMillis() > 0 ? start + timeouts.timeoutMillis() : Long.MAX_VALUE;
        this.heartbeatMillis = timeouts.heartbeatMillis();
        this.lastHeartbeat = start;
    }

    @Override
    public void sleep(Duration duration) throws TaskFailedException, InterruptedException {
        long wakeAt = frame.now() + duration.toMillis();
        long deadline = Math.min(taskDeadline, heartbeatDeadline());
        frame.scheduler().sleepUntil(Math.min(wakeAt, deadline), frame.cancellation());
        if (wakeAt > deadline) {
            throw new TaskFailedException(deadline == taskDeadline ? ErrorNames.TIMEOUT : ErrorNames.HEARTBEAT_TIMEOUT,
                    null);
        }
    }

    @Override
    public void heartbeat() {
        lastHeartbeat = frame.now();
    }

    @Override
    public boolean isCancelled() {
        return frame.cancellation().isCancelled();
    }

    long taskDeadline() {
        return taskDeadline;
    }

    boolean hasHeartbeat() {
        return heartbeatMillis > 0;
    }

    long heartbeatDeadline() {
        return heartbeatMillis > 0 ? lastHeartbeat + heartbeatMillis : Long.MAX_VALUE;
    }
}
