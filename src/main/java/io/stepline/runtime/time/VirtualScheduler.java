package io.stepline.runtime.time;

import java.util.ArrayDeque;
import java.util.PriorityQueue;

/**
 * Simulated time for {@code stepline test}: one thread (the caller of {@link #runUntilIdle})
 * runs every path, so results are deterministic. When nothing is runnable and no outside work
 * is running, the clock jumps to the next timer. A one-day Wait costs nothing, yet events keep
 * their real order: a branch failing at t=0 stops a sibling waiting until t=1000.
 */
public final class VirtualScheduler implements Scheduler {
    private final Object lock = new Object();
    private final ArrayDeque<Runnable> ready = new ArrayDeque<>();
    private final PriorityQueue<VirtualTimer> timers = new PriorityQueue<>();
    private long now;
    private long sequence;
    private int outside;

    public VirtualScheduler(long startMillis) {
        this.now = startMillis;
    }

    @Override
    public long now() {
        synchronized (lock) {
            return now;
        }
    }

    @Override
    public void execute(Runnable task) {
        synchronized (lock) {
            ready.add(task);
            lock.notifyAll();
        }
    }

    @Override
    public Timer at(long wakeAt, Runnable task) {
        synchronized (lock) {
            VirtualTimer timer = new VirtualTimer(wakeAt, sequence++, task);
            timers.add(timer);
            lock.notifyAll();
            return timer;
        }
    }

    @Override
    public boolean isVirtual() {
        return true;
    }

    @Override
    public void runOutside(Runnable work) {
        synchronized (lock) {
            outside++;
        }
        Thread thread = new Thread(() -> {
            try {
                work.run();
            } finally {
                synchronized (lock) {
                    outside--;
                    lock.notifyAll();
                }
            }
        }, "stepline-virtual-task");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void sleepUntil(long wakeAt, Cancellation cancellation) throws InterruptedException {
        boolean[] woken = {false};
        VirtualTimer timer;
        synchronized (lock) {
            if (wakeAt <= now) {
                return;
            }
            // The timer counts this work as running again the moment it fires, before the loop
            // can look at the clock again: time must not move on while the sleeper wakes up.
            timer = new VirtualTimer(wakeAt, sequence++, () -> {
                synchronized (lock) {
                    outside++;
                    woken[0] = true;
                    lock.notifyAll();
                }
            });
            timers.add(timer);
            outside--;
            lock.notifyAll();
        }
        synchronized (lock) {
            while (!woken[0]) {
                if (cancellation.isCancelled() || Thread.currentThread().isInterrupted()) {
                    if (timer.cancelQuietly()) {
                        outside++;
                    }
                    throw new InterruptedException("cancelled");
                }
                lock.wait(50);
            }
        }
    }

    /** Runs work and timers until nothing is left to run. Returns the final virtual time. */
    public long runUntilIdle() {
        while (true) {
            Runnable next;
            synchronized (lock) {
                while (ready.isEmpty() && outside > 0) {
                    try {
                        lock.wait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return now;
                    }
                }
                if (!ready.isEmpty()) {
                    next = ready.poll();
                } else {
                    VirtualTimer timer = timers.poll();
                    while (timer != null && timer.cancelled) {
                        timer = timers.poll();
                    }
                    if (timer == null) {
                        return now;
                    }
                    now = Math.max(now, timer.wakeAt);
                    timer.fired = true;
                    next = timer.task;
                }
            }
            next.run();
        }
    }

    private final class VirtualTimer implements Timer, Comparable<VirtualTimer> {
        private final long wakeAt;
        private final long order;
        private final Runnable task;
        private boolean cancelled;
        private boolean fired;

        VirtualTimer(long wakeAt, long order, Runnable task) {
            this.wakeAt = wakeAt;
            this.order = order;
            this.task = task;
        }

        @Override
        public boolean cancel() {
            synchronized (lock) {
                return cancelQuietly();
            }
        }

        /** Cancels under the scheduler's lock, held by the caller. */
        boolean cancelQuietly() {
            if (fired || cancelled) {
                return false;
            }
            cancelled = true;
            return true;
        }

        @Override
        public int compareTo(VirtualTimer other) {
            int byTime = Long.compare(wakeAt, other.wakeAt);
            return byTime != 0 ? byTime : Long.compare(order, other.order);
        }
    }
}
