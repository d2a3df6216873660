package io.stepline.schedule;

import io.stepline.store.ExecutionRecord;
import io.stepline.store.ExecutionStatus;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One backfill running in its own lane: at most {@code concurrency} of its runs RUNNING at once,
 * started in plan order. Scheduled fires never pass through a lane, so however many backfills
 * run, a nightly run starts when it fires. Cancelling stops starting runs; those already
 * started are left to finish, and the backfill is CANCELLED once they have.
 */
final class BackfillRun implements Runnable {
    private static final Logger LOG = Logger.getLogger(BackfillRun.class.getName());
    private static final long POLL_MILLIS = 100;

    private final String id;
    private final PipelineSettings pipeline;
    private final ScheduleSpec schedule;
    private final int concurrency;
    private final PipelineRuns runs;
    private final ScheduleTables tables;
    private final Deque<PlannedRun> todo = new ArrayDeque<>();
    private final Set<String> running = new LinkedHashSet<>();
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final int total;
    private final int skipped;
    private volatile int done;
    private volatile int failed;
    private volatile int finishedHere;
    private volatile BackfillStatus.State state = BackfillStatus.State.RUNNING;
    private final long startedAt = System.nanoTime();

    BackfillRun(String id, PipelineSettings pipeline, ScheduleSpec schedule, int concurrency, List<PlannedRun> plan,
            PipelineRuns runs, ScheduleTables tables) {
        this.id = id;
        this.pipeline = pipeline;
        this.schedule = schedule;
        this.concurrency = concurrency;
        this.runs = runs;
        this.tables = tables;
        plan.stream().filter(PlannedRun::run).forEach(todo::add);
        this.total = todo.size();
        this.skipped = plan.size() - total;
    }

    void cancel() {
        cancelled.set(true);
    }

    synchronized BackfillStatus status() {
        int remaining = todo.size();
        Duration eta = null;
        if (finishedHere > 0 && state == BackfillStatus.State.RUNNING) {
            long perRun = (System.nanoTime() - startedAt) / finishedHere;
            eta = Duration.ofNanos(perRun * (remaining + running.size()) / Math.max(1, Math.min(concurrency,
                    remaining + running.size())));
        }
        return new BackfillStatus(id, pipeline.name(), schedule.name(), state, total, done, running.size(), failed,
                remaining, skipped, eta);
    }

    @Override
    public void run() {
        try {
            while (true) {
                synchronized (this) {
                    refresh();
                    while (!cancelled.get() && running.size() < concurrency && !todo.isEmpty()) {
                        startNext();
                    }
                    // cancelled: no new run starts, and the backfill ends once those running have
                    if (running.isEmpty() && (cancelled.get() || todo.isEmpty())) {
                        state = cancelled.get() ? BackfillStatus.State.CANCELLED : BackfillStatus.State.DONE;
                        break;
                    }
                }
                Thread.sleep(POLL_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            state = BackfillStatus.State.CANCELLED;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "backfill " + id + " stopped: " + e.getMessage(), e);
            state = BackfillStatus.State.CANCELLED;
        }
        tables.saveBackfill(id, pipeline.name(), state.name());
    }

    private void startNext() {
        PlannedRun next = todo.poll();
        try {
            count(runs.start(pipeline, next.executionName(), schedule, next.interval(), id));
        } catch (Exception e) {
            // the definition no longer loads, or its file went away: this interval failed to start
            LOG.warning("backfill " + id + ": cannot start " + next.executionName() + ": " + e.getMessage());
            failed++;
            finishedHere++;
        }
    }

    private void refresh() {
        for (String arn : List.copyOf(running)) {
            runs.durable().describe(arn).ifPresent(record -> {
                if (record.status() != ExecutionStatus.RUNNING) {
                    running.remove(arn);
                    count(record);
                }
            });
        }
    }

    private void count(ExecutionRecord record) {
        switch (record.status()) {
            case RUNNING -> running.add(record.executionArn());
            case SUCCEEDED -> {
                done++;
                finishedHere++;
            }
            default -> {
                failed++;
                finishedHere++;
            }
        }
    }
}
