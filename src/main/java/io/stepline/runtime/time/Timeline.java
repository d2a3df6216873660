package io.stepline.runtime.time;

/**
 * The passage of time seen by one path of an execution. Real timelines sleep; virtual ones
 * (used by {@code stepline test}) jump ahead instantly, each branch keeping its own clock, so a
 * suite full of long waits finishes in moments with the results real time would give.
 */
public interface Timeline {

    /** Milliseconds since the epoch, as this path of the execution sees it. */
    long now();

    /**
     * Sleeps until {@code wakeAt} or until {@code deadline}, whichever comes first, or until
     * {@code cancellation} fires. Returns false when the deadline cut the sleep short.
     */
    boolean sleepUntil(long wakeAt, long deadline, Cancellation cancellation) throws InterruptedException;

    /** A timeline for a branch that starts now and runs alongside this one. */
    Timeline fork();

    /** Continues after branches that started from this timeline have ended at {@code time}. */
    void advanceTo(long time);

    /** True when time is simulated: tasks run inline and waits cost nothing. */
    boolean isVirtual();
}
