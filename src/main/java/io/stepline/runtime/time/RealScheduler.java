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
    private final Clock clock;
    private final Executor workers;
    private final ScheduledExecutorService timers;

    public RealScheduler(Clock clock, Executor workers, ScheduledExecutorService timers) {
        this.clock = clock;
        this.workers = workers;
        this.timers = timers;
    }

    @Override
    public long now() {
        return clock.millis();
    }

    @Override
    public void execute(Runnable task) {
        workers.execute(task);
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
        workers.execute(work);
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
