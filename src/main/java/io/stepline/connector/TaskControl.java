package io.stepline.connector;

import java.time.Duration;

/** What a running task may ask of the engine. */
public interface TaskControl {

    /**
     * Sleeps on the execution's timeline: real time normally, virtual time under
     * {@code stepline test}. Throws {@link TaskFailedException} with {@code States.Timeout} when the
     * task's timeout falls inside the sleep.
     */
    void sleep(Duration duration) throws TaskFailedException, InterruptedException;

    /** Tells the engine the task is alive; resets HeartbeatSeconds. */
    void heartbeat();

    /** True once the engine no longer wants the result (a sibling failed, the run was stopped). */
    boolean isCancelled();
}
