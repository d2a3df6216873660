package io.stepline.runtime.task;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.connector.TaskFailedException;
import io.stepline.runtime.Frame;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A task attempt running off the path's thread, so the path can park: the first of the task's
 * own ending, its time-out, its heartbeat time-out or the path's cancellation decides the
 * result and wakes the path. The task's thread is interrupted when something else decided,
 * and never after it has finished (no interrupt leaks into a pooled thread's next work).
 */
final class AsyncAttempt {
    /** The task body, as the connector runs it. */
    @FunctionalInterface
    interface Body {
        JsonNode run() throws TaskFailedException, InterruptedException;
    }

    private final Frame frame;
    private final AtomicReference<AttemptResult> result = new AtomicReference<>();
    private Thread thread;

    AsyncAttempt(Frame frame) {
        this.frame = frame;
    }

    AttemptResult result() {
        return result.get();
    }

    /** Runs the body on the calling (outside) thread and reports its ending. */
    void run(Body body) {
        synchronized (this) {
            if (result.get() != null) {
                return; // decided before the work even started
            }
            thread = Thread.currentThread();
        }
        AttemptResult ending;
        try {
            ending = AttemptResult.of(body.run());
        } catch (TaskFailedException failure) {
            ending = AttemptResult.failedWith(failure);
        } catch (InterruptedException stopped) {
            ending = AttemptResult.stoppedByEngine();
        } catch (RuntimeException fault) {
            ending = AttemptResult.faulted(fault);
        } finally {
            synchronized (this) {
                thread = null;
                Thread.interrupted(); // an interrupt meant for this attempt ends with it
            }
        }
        finish(ending);
    }

    /** Decides the attempt's result if nothing has yet, and wakes the path. */
    void finish(AttemptResult ending) {
        if (result.compareAndSet(null, ending)) {
            stop();
            frame.wake(null);
        }
    }

    /** Interrupts the task's thread if it is still running. */
    synchronized void stop() {
        if (thread != null && thread != Thread.currentThread()) {
            thread.interrupt();
        }
    }
}
