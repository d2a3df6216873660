package io.stepline.runtime.time;

import java.time.Clock;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Wall-clock time: runnable paths go to the engine's worker pool; a waiting path holds no
 * thread, one timer thread hands it back to the pool when its time comes. Durable executions
 * put long timers in Quartz instead (they must survive a restart).
 */
public final class RealScheduler implements Scheduler {
    private static final ThreadLocal<Boolean> WORKER = ThreadLocal.withInitial(() -> false);

    private final Clock clock;
    private final Executor workers;
    private final Executor outside;
    private final ScheduledExecutorService timers;

    /**
     * @param workers a fixed pool for paths stepping through states
     * @param outside an elastic pool for work that may block (task invocations)
     */
    public RealScheduler(Clock clock, Executor workers, Executor outside, ScheduledExecutorService timers) {
        this.clock = clock;
        this.workers = workers;
        this.outside = outside;
        this.timers = timers;
    }

    /** True on a path worker: blocking work must go {@link #runOutside} instead of holding it. */
    public static boolean onWorker() {
        return WORKER.get();
    }

    @Override
    public long now() {
        return clock.millis();
    }

    @Override
    public void execute(Runnable task) {
        workers.execute(() -> {
            WORKER.set(true);
            try {
                task.run();
            } finally {
                WORKER.set(false);
            }
        });
    }

    @Override
    public Timer at(long wakeAt, Runnable task) {
        long delay = wakeAt - now();
        if (delay <= 0) {
            execute(task);
            return () -> false;
        }
        ScheduledFuture<?> future = timers.schedule(() -> execute(task), delay, TimeUnit.MILLISECONDS);
        return () -> future.cancel(false);
    }

    @Override
    public boolean isVirtual() {
        return false;
    }

    @Override
    public void runOutside(Runnable work) {
        outside.execute(work);
    }

    @Override
    public void sleepUntil(long wakeAt, Cancellation cancellation) throws InterruptedException {
        long remaining = wakeAt - now();
        if (remaining > 0) {
            cancellation.await(remaining);
        }
        if (cancellation.isCancelled()) {
            throw new InterruptedException("cancelled");
        }
    }
}
