package io.stepline.runtime.time;

import java.time.Clock;

/** Wall-clock time; sleeps block the calling thread but wake at once when cancelled. */
public final class RealTimeline implements Timeline {
    private final Clock clock;

    public RealTimeline(Clock clock) {
        this.clock = clock;
    }

    public static RealTimeline system() {
        return new RealTimeline(Clock.systemUTC());
    }

    @Override
    public long now() {
        return clock.millis();
    }

    @Override
    public boolean sleepUntil(long wakeAt, long deadline, Cancellation cancellation) throws InterruptedException {
        long until = Math.min(wakeAt, deadline);
        long remaining = until - now();
        if (remaining > 0) {
            cancellation.await(remaining);
        }
        return wakeAt <= deadline;
    }

    @Override
    public Timeline fork() {
        return this;
    }

    @Override
    public void advanceTo(long time) {
        // Real time advances by itself.
    }

    @Override
    public boolean isVirtual() {
        return false;
    }
}
