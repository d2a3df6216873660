package io.stepline.connector.spark;

import io.stepline.connector.TaskControl;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.apache.spark.SparkContext;

/**
 * Runs a task's Spark jobs in their own job group and cancels the group as soon as the engine
 * no longer wants the result (the execution was stopped, a sibling branch failed).
 */
final class JobScope implements AutoCloseable {
    private static final ScheduledExecutorService WATCHER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "stepline-spark-cancel");
        thread.setDaemon(true);
        return thread;
    });
    private final SparkContext context;
    private final String group;
    private final ScheduledFuture<?> watch;
    private volatile boolean cancelled;

    JobScope(SparkContext context, String group, String description, TaskControl control) {
        this.context = context;
        this.group = group;
        // Job groups are per thread: the jobs this task's thread starts belong to it.
        context.setJobGroup(group, description, true);
        this.watch = WATCHER.scheduleWithFixedDelay(() -> {
            if (!cancelled && control.isCancelled()) {
                cancel();
            }
        }, 200, 200, TimeUnit.MILLISECONDS);
    }

    /** Cancels the running jobs of this task. */
    void cancel() {
        cancelled = true;
        context.cancelJobGroup(group);
    }

    boolean cancelled() {
        return cancelled;
    }

    @Override
    public void close() {
        watch.cancel(false);
        context.clearJobGroup();
    }
}
