package io.stepline.schedule;

import io.stepline.engine.DurableExecutions;
import io.stepline.store.jdbc.JdbcExecutionStore;
import java.text.ParseException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.TimeZone;
import org.quartz.CronExpression;
import org.quartz.SchedulerException;

/**
 * The schedules of a set of pipelines over one engine's durable executions: list them, pause
 * and resume them (persisted, seen by every engine on the database), show their intervals' runs,
 * run {@link Backfills}, and {@link #startFiring fire} them (a worker or server does; CLI
 * commands that only look or pause do not).
 */
public final class Schedules {
    /** Replaced whole when the settings change ({@link #apply}), so a fire reads one consistent set. */
    private volatile Map<String, PipelineSettings> pipelines = Map.of();
    private final PipelineRuns runs;
    private final ScheduleTables tables;
    private final Backfills backfills;

    private Schedules(DurableExecutions durable, List<PipelineSettings> pipelines) {
        if (!(durable.store() instanceof JdbcExecutionStore jdbc)) {
            throw new IllegalArgumentException("schedules need the JDBC execution store (H2 or PostgreSQL)");
        }
        this.pipelines = byName(pipelines);
        this.runs = new PipelineRuns(durable);
        this.tables = new ScheduleTables(jdbc.dataSource());
        this.backfills = new Backfills(this);
    }

    /** The schedules of {@code pipelines}, registered in the database (paused as their settings say, when new). */
    public static Schedules open(DurableExecutions durable, List<PipelineSettings> pipelines) {
        Schedules schedules = new Schedules(durable, pipelines);
        schedules.register(pipelines);
        return schedules;
    }

    /**
     * Replaces the pipelines' settings with {@code changed} (their files were edited): new
     * schedules are registered, a changed {@code paused:} applies; firing engines then
     * {@link Firing#reschedule reschedule}.
     */
    public void apply(List<PipelineSettings> changed) {
        register(changed);
        pipelines = byName(changed);
    }

    private void register(List<PipelineSettings> settings) {
        for (PipelineSettings pipeline : settings) {
            for (ScheduleSpec spec : pipeline.schedules()) {
                tables.register(pipeline.name(), spec.name(), spec.paused());
            }
        }
    }

    private static Map<String, PipelineSettings> byName(List<PipelineSettings> settings) {
        Map<String, PipelineSettings> map = new LinkedHashMap<>();
        settings.forEach(p -> map.put(p.name(), p));
        return java.util.Collections.unmodifiableMap(map);
    }

    public List<PipelineSettings> pipelines() {
        return List.copyOf(pipelines.values());
    }

    public PipelineSettings pipeline(String name) throws SettingsException {
        Map<String, PipelineSettings> known = pipelines;
        PipelineSettings pipeline = known.get(name);
        if (pipeline == null) {
            throw new SettingsException("no pipeline '" + name + "' with a " + PipelineSettingsReader.FILE_NAME
                    + " (known: " + known.keySet() + ")");
        }
        return pipeline;
    }

    public Backfills backfills() {
        return backfills;
    }

    PipelineRuns runs() {
        return runs;
    }

    ScheduleTables tables() {
        return tables;
    }

    /** Every schedule with its live state and next fire time. */
    public List<ScheduleInfo> list() {
        List<ScheduleInfo> infos = new ArrayList<>();
        Instant now = Instant.now();
        for (PipelineSettings pipeline : pipelines.values()) {
            for (ScheduleSpec spec : pipeline.schedules()) {
                var state = tables.state(pipeline.name(), spec.name())
                        .orElse(new ScheduleTables.State(null, spec.paused(), null));
                Instant next = state.paused() ? null : nextFire(spec, now);
                infos.add(new ScheduleInfo(pipeline.name(), spec.name(), spec.cron(), spec.zone().getId(),
                        spec.interval().text(), state.paused(), next, state.lastFire(), state.lastOutcome()));
            }
        }
        return infos;
    }

    /** Pauses a schedule in every engine on this database: its fires start nothing until resumed. */
    public void pause(String pipeline, String schedule) throws SettingsException {
        setPaused(pipeline, schedule, true);
    }

    /** Resumes a paused schedule from its next fire (fires missed while paused are not caught up). */
    public void resume(String pipeline, String schedule) throws SettingsException {
        setPaused(pipeline, schedule, false);
    }

    private void setPaused(String pipeline, String schedule, boolean paused) throws SettingsException {
        ScheduleSpec spec = schedule(pipeline, schedule);
        tables.register(pipeline, spec.name(), spec.paused());
        tables.setPaused(pipeline, spec.name(), paused);
    }

    ScheduleSpec schedule(String pipeline, String schedule) throws SettingsException {
        PipelineSettings settings = pipeline(pipeline);
        return settings.schedule(schedule).orElseThrow(() -> new SettingsException("pipeline '" + pipeline
                + "' has no schedule '" + schedule + "' (it has "
                + settings.schedules().stream().map(ScheduleSpec::name).toList() + ")"));
    }

    /** Each interval of a schedule from {@code from} to {@code to}, with its latest run (if any). */
    public List<PlannedRun> intervals(String pipeline, String schedule, LocalDate from, LocalDate to)
            throws SettingsException {
        PipelineSettings settings = pipeline(pipeline);
        ScheduleSpec spec = schedule != null ? schedule(pipeline, schedule)
                : settings.schedules().stream().findFirst().orElseThrow(() -> new SettingsException("pipeline '"
                        + pipeline + "' declares no schedule"));
        return backfills.plan(settings, spec, spec.interval().covering(from, to, spec.zone()), BackfillPolicy.MISSING,
                false, "");
    }

    /** Starts firing the schedules with Quartz in this engine; close the result to stop. */
    public Firing startFiring(ScheduleOptions options) throws SchedulerException {
        return startFiring(options, fire -> { });
    }

    /** As {@link #startFiring(ScheduleOptions)}, telling {@code onFire} of each fire this engine handles. */
    public Firing startFiring(ScheduleOptions options, Consumer<Fire> onFire) throws SchedulerException {
        return Firing.start(this, options, onFire);
    }

    static Instant nextFire(ScheduleSpec spec, Instant after) {
        Date next = cron(spec).getNextValidTimeAfter(Date.from(after));
        return next == null ? null : next.toInstant();
    }

    static CronExpression cron(ScheduleSpec spec) {
        try {
            CronExpression expression = new CronExpression(spec.cron());
            expression.setTimeZone(TimeZone.getTimeZone(spec.zone()));
            return expression;
        } catch (ParseException e) {
            throw new IllegalStateException("cron checked when read: " + spec.cron(), e);
        }
    }
}
