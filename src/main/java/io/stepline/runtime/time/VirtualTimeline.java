package io.stepline.runtime.time;

/**
 * Simulated time: sleeping moves this timeline's clock forward at once. Each branch forks its
 * own timeline; the parent continues at the latest branch end, as it would in real time.
 */
public final class VirtualTimeline implements Timeline {
    private long now;

    public VirtualTimeline(long startMillis) {
        this.now = startMillis;
    }

    @Override
    public synchronized long now() {
        return now;
    }

    @Override
    public synchronized boolean sleepUntil(long wakeAt, long deadline, Cancellation cancellation) {
        long until = Math.min(wakeAt, deadline);
        if (until > now) {
            now = until;
        }
        return wakeAt <= deadline;
    }

    @Override
    public synchronized Timeline fork() {
        return new VirtualTimeline(now);
    }

    @Override
    public synchronized void advanceTo(long time) {
        if (time > now) {
            now = time;
        }
    }

    @Override
    public boolean isVirtual() {
        return true;
    }
}
