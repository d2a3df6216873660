package io.stepline.schedule;

import io.stepline.store.ExecutionStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.TimeZone;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;

/**
 * Schedules firing in one engine: a Quartz trigger per schedule (kept across restarts in the
 * job store, replaced only when its cron or zone changed), catch-up of the fires missed while no
 * engine ran, and what each fire does: skip when paused, apply the concurrency policy against the
 * previous interval's runs, start the interval's run and the trailing window's re-runs.
 */
public final class Firing implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(Firing.class.getName());
    /** Catch-up never starts more than this many missed intervals of one schedule. */
    static final int CATCH_UP_LIMIT = 1000;
    private static final long QUEUE_POLL_MILLIS = 250;

    private final Schedules schedules;
    private final Scheduler quartz;
    private final List<Fire> fires = new CopyOnWriteArrayList<>();
    private final Consumer<Fire> onFire;
    private volatile boolean closing;

    private Firing(Schedules schedules, Scheduler quartz, Consumer<Fire> onFire) {
        this.schedules = schedules;
        this.quartz = quartz;
        this.onFire = onFire;
    }

    static Firing start(Schedules schedules, ScheduleOptions options, Consumer<Fire> onFire)
            throws SchedulerException {
        Scheduler quartz = QuartzSchedulers.create(schedules.tables().pool(), options);
        Firing firing = new Firing(schedules, quartz, onFire);
        quartz.getContext().put(FireJob.FIRING, firing);
        for (PipelineSettings pipeline : schedules.pipelines()) {
            for (ScheduleSpec spec : pipeline.schedules()) {
                firing.ensureTrigger(pipeline, spec);
            }
        }
        firing.catchUp(Instant.now());
        quartz.start();
        return firing;
    }

    /**
     * Brings the Quartz triggers in line with the settings after {@link Schedules#apply}: a new
     * schedule gets its trigger (and starts from now), a changed cron or zone replaces it, and
     * the trigger of a schedule no longer in {@code before} is removed.
     */
    public synchronized void reschedule(List<PipelineSettings> before) throws SchedulerException {
        Set<TriggerKey> kept = new java.util.HashSet<>();
        for (PipelineSettings pipeline : schedules.pipelines()) {
            for (ScheduleSpec spec : pipeline.schedules()) {
                ensureTrigger(pipeline, spec);
                kept.add(TriggerKey.triggerKey(spec.name(), pipeline.name()));
            }
        }
        for (PipelineSettings pipeline : before) {
            for (ScheduleSpec spec : pipeline.schedules()) {
                if (!kept.contains(TriggerKey.triggerKey(spec.name(), pipeline.name()))) {
                    quartz.deleteJob(JobKey.jobKey(spec.name(), pipeline.name()));
                }
            }
        }
        // a new schedule starts from now; the others' missed fires are Quartz's as usual
        Instant now = Instant.now();
        for (PipelineSettings pipeline : schedules.pipelines()) {
            for (ScheduleSpec spec : pipeline.schedules()) {
                if (schedules.tables().state(pipeline.name(), spec.name()).orElseThrow().lastFire() == null) {
                    schedules.tables().recordFire(pipeline.name(), spec.name(), now, "registered");
                }
            }
        }
    }

    /** The fires this engine handled, oldest first. */
    public List<Fire> fires() {
        return List.copyOf(fires);
    }

    /** Fires {@code schedule} now, as Quartz would at this time (a person's "run now", and benchmarks). */
    public Fire fireNow(String pipeline, String schedule) {
        return fire(pipeline, schedule, Instant.now(), Fire.Source.QUARTZ);
    }

    private void ensureTrigger(PipelineSettings pipeline, ScheduleSpec spec) throws SchedulerException {
        TriggerKey key = TriggerKey.triggerKey(spec.name(), pipeline.name());
        Trigger existing = quartz.getTrigger(key);
        if (existing instanceof CronTrigger cron && cron.getCronExpression().equals(spec.cron())
                && cron.getTimeZone().getID().equals(spec.zone().getId())) {
            return;
        }
        JobDetail job = JobBuilder.newJob(FireJob.class).withIdentity(JobKey.jobKey(spec.name(), pipeline.name()))
                .usingJobData(FireJob.PIPELINE, pipeline.name()).usingJobData(FireJob.SCHEDULE, spec.name())
                .storeDurably().build();
        // Quartz's misfire handling cannot say "every missed interval": it skips, and catch-up decides
        Trigger trigger = TriggerBuilder.newTrigger().withIdentity(key).forJob(job)
                .withSchedule(CronScheduleBuilder.cronSchedule(spec.cron()).inTimeZone(TimeZone.getTimeZone(spec.zone()))
                        .withMisfireHandlingInstructionDoNothing())
                .build();
        quartz.scheduleJob(job, Set.of(trigger), true);
    }

    /** Handles the fires missed since each schedule's last recorded fire, by its catch-up policy. */
    void catchUp(Instant now) {
        for (PipelineSettings pipeline : schedules.pipelines()) {
            for (ScheduleSpec spec : pipeline.schedules()) {
                var state = schedules.tables().state(pipeline.name(), spec.name()).orElseThrow();
                if (state.lastFire() == null) {
                    // a new schedule starts from now: nothing before it was ever due
                    schedules.tables().recordFire(pipeline.name(), spec.name(), now, "registered");
                    continue;
                }
                List<Instant> missed = missedFires(spec, state.lastFire(), now);
                if (missed.isEmpty() || state.paused()) {
                    continue;
                }
                Instant latest = missed.get(missed.size() - 1);
                switch (spec.catchUp()) {
                    case NONE -> schedules.tables().recordFire(pipeline.name(), spec.name(), latest,
                            "catch-up none: " + missed.size() + " missed fire(s) not run");
                    case LAST -> fire(pipeline.name(), spec.name(), latest, Fire.Source.CATCH_UP);
                    case ALL -> {
                        List<DataInterval> intervals = missed.stream()
                                .map(time -> spec.interval().endingAt(time, spec.zone())).distinct().toList();
                        String id = schedules.backfills().catchUp(pipeline, spec, intervals);
                        schedules.tables().recordFire(pipeline.name(), spec.name(), latest,
                                "catch-up all: " + intervals.size() + " missed interval(s) in backfill " + id);
                        handled(new Fire(pipeline.name(), spec.name(), latest, Fire.Source.CATCH_UP,
                                "catch-up backfill " + id, null));
                    }
                }
            }
        }
    }

    static List<Instant> missedFires(ScheduleSpec spec, Instant lastFire, Instant now) {
        var cron = Schedules.cron(spec);
        List<Instant> missed = new ArrayList<>();
        Date next = cron.getNextValidTimeAfter(Date.from(lastFire));
        while (next != null && !next.toInstant().isAfter(now)) {
            missed.add(next.toInstant());
            if (missed.size() > CATCH_UP_LIMIT) {
                missed.remove(0);
            }
            next = cron.getNextValidTimeAfter(next);
        }
        return missed;
    }

    /** What one fire of {@code schedule} at {@code scheduled} does; called by Quartz and catch-up. */
    Fire fire(String pipelineName, String scheduleName, Instant scheduled) {
        return fire(pipelineName, scheduleName, scheduled, Fire.Source.QUARTZ);
    }

    private Fire fire(String pipelineName, String scheduleName, Instant scheduled, Fire.Source source) {
        Fire fire;
        try {
            fire = handle(schedules.pipeline(pipelineName), schedules.schedule(pipelineName, scheduleName), scheduled,
                    source);
        } catch (SettingsException e) {
            // a trigger left in the job store by a schedule this engine was not given
            fire = new Fire(pipelineName, scheduleName, scheduled, source, "unknown here: " + e.getMessage(), null);
            LOG.warning("schedule " + pipelineName + "/" + scheduleName + " fired but " + e.getMessage());
            handled(fire);
            return fire;
        } catch (Exception e) {
            fire = new Fire(pipelineName, scheduleName, scheduled, source, "error: " + e.getMessage(), null);
            LOG.log(Level.WARNING, "schedule " + pipelineName + "/" + scheduleName + " could not start its run: "
                    + e.getMessage(), e);
        }
        schedules.tables().recordFire(pipelineName, scheduleName, scheduled,
                fire.outcome() + (fire.executionName() == null ? "" : " " + fire.executionName()));
        handled(fire);
        return fire;
    }

    private void handled(Fire fire) {
        fires.add(fire);
        try {
            onFire.accept(fire);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "a fire listener failed: " + e.getMessage(), e);
        }
    }

    private Fire handle(PipelineSettings pipeline, ScheduleSpec spec, Instant scheduled, Fire.Source source)
            throws Exception {
        var state = schedules.tables().state(pipeline.name(), spec.name()).orElseThrow();
        DataInterval interval = spec.interval().endingAt(scheduled, spec.zone());
        String name = PipelineRuns.primaryName(spec, interval);
        if (state.paused()) {
            return new Fire(pipeline.name(), spec.name(), scheduled, source, "paused: not run", name);
        }
        List<String> previous = stillRunning(pipeline, spec, spec.interval().before(interval));
        while (!previous.isEmpty()) {
            switch (spec.concurrency()) {
                case SKIP -> {
                    return new Fire(pipeline.name(), spec.name(), scheduled, source,
                            "skipped: " + previous.get(0) + " still running", name);
                }
                case FAIL -> {
                    schedules.runs().recordFailed(pipeline, name, spec, interval, "Stepline.ScheduleOverlap",
                            "the previous run " + previous.get(0) + " of schedule " + spec.name() + " was still running");
                    return new Fire(pipeline.name(), spec.name(), scheduled, source, "failed: overlap", name);
                }
                case QUEUE -> {
                    if (closing) {
                        return new Fire(pipeline.name(), spec.name(), scheduled, source, "not run: engine stopping", name);
                    }
                    Thread.sleep(QUEUE_POLL_MILLIS);
                    previous = stillRunning(pipeline, spec, spec.interval().before(interval));
                }
            }
        }
        schedules.runs().start(pipeline, name, spec, interval, null);
        DataInterval earlier = interval;
        for (int k = 1; k <= spec.reprocess(); k++) {
            earlier = spec.interval().before(earlier);
            schedules.runs().start(pipeline, reprocessName(spec, earlier, interval), spec, earlier, null);
        }
        return new Fire(pipeline.name(), spec.name(), scheduled, source, "started", name);
    }

    /** The re-run of {@code earlier} by the fire of {@code current}: one per pair, so a re-fire repeats nothing. */
    static String reprocessName(ScheduleSpec spec, DataInterval earlier, DataInterval current) {
        return PipelineRuns.primaryName(spec, earlier) + "-r" + current.key().replace("-", "");
    }

    /** The runs a fire for {@code previous}'s successor waits on: that interval's run and the re-runs its fire started. */
    private List<String> stillRunning(PipelineSettings pipeline, ScheduleSpec spec, DataInterval previous) {
        List<String> names = new ArrayList<>();
        names.add(PipelineRuns.primaryName(spec, previous));
        DataInterval earlier = previous;
        for (int k = 1; k <= spec.reprocess(); k++) {
            earlier = spec.interval().before(earlier);
            names.add(reprocessName(spec, earlier, previous));
        }
        return names.stream().filter(n -> schedules.runs().describe(pipeline, n)
                .map(r -> r.status() == ExecutionStatus.RUNNING).orElse(false)).toList();
    }

    /** Stops firing (waiting for fires in progress); backfills started here stop starting runs. */
    @Override
    public void close() {
        closing = true;
        schedules.backfills().cancelAll();
        try {
            quartz.shutdown(true);
        } catch (SchedulerException e) {
            LOG.warning("stopping the schedules: " + e.getMessage());
        }
    }
}
