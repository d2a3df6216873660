package io.stepline.runtime.time;

/**
 * Where an execution's paths run and wait: workers for runnable paths, timers for waiting ones.
 * No thread is held while a path waits; a timer hands it back to a worker. The real scheduler
 * uses the engine's pool and wall-clock time; the virtual one runs everything on the caller's
 * thread and skips time forward whenever nothing is runnable.
 */
public interface Scheduler {

    /** Milliseconds since the epoch, as the execution sees it. */
    long now();

    /** Runs the task on a worker as soon as possible. */
    void execute(Runnable task);

    /** Runs the task on a worker at {@code wakeAt} (at once when that has passed). */
    Timer at(long wakeAt, Runnable task);

    /** True when time is simulated (stepline test). */
    boolean isVirtual();

    /**
     * Work that runs outside the scheduler's workers and may sleep on the execution's clock,
     * such as a task function: virtual time does not advance while such work is running, only
     * while it sleeps.
     */
    void runOutside(Runnable work);

    /**
     * Sleeps the calling thread until {@code wakeAt} on this scheduler's clock, or until the
     * cancellation fires. Under virtual time the caller must be work started with
     * {@link #runOutside}.
     */
    void sleepUntil(long wakeAt, Cancellation cancellation) throws InterruptedException;

    /** A scheduled timer. */
    interface Timer {
        /** Stops the timer if it has not fired; returns true when it was stopped in time. */
        boolean cancel();
    }
}
