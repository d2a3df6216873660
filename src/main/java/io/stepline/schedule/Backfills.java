package io.stepline.schedule;

import io.stepline.store.ExecutionRecord;
import io.stepline.store.ExecutionStatus;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Backfills of one engine: {@link #plan} what a request would run, {@link #start} it (or resume
 * the unfinished backfill of the same request), follow its {@link #status} and {@link #cancel}
 * it. A backfill's id names its request and generation, so running the same request again after
 * an interruption resumes it (runs already started are found by their deterministic names), and
 * after it finished starts a new generation.
 */
public final class Backfills {
    private final Schedules schedules;
    private final Map<String, BackfillRun> live = new ConcurrentHashMap<>();

    Backfills(Schedules schedules) {
        this.schedules = schedules;
    }

    /** What {@code request} would run and skip, interval by interval, in the order it would run them. */
    public List<PlannedRun> plan(BackfillRequest request) throws SettingsException {
        PipelineSettings pipeline = schedules.pipeline(request.pipeline());
        ScheduleSpec schedule = scheduleOf(pipeline, request.schedule());
        List<DataInterval> intervals = schedule.interval().covering(request.from(), request.to(), schedule.zone());
        return plan(pipeline, schedule, intervals, request.policy(), request.reverse(),
                tag(idFor(pipeline, schedule, request)));
    }

    List<PlannedRun> plan(PipelineSettings pipeline, ScheduleSpec schedule, List<DataInterval> intervals,
            BackfillPolicy policy, boolean reverse, String tag) {
        var byName = schedules.runs().byName(pipeline);
        List<PlannedRun> plan = new ArrayList<>();
        for (DataInterval interval : intervals) {
            String primary = PipelineRuns.primaryName(schedule, interval);
            String rerun = primary + "-" + tag;
            Optional<ExecutionRecord> latest = PipelineRuns.latest(byName, schedule, interval);
            if (latest.isEmpty()) {
                plan.add(new PlannedRun(interval, primary, true, null));
                continue;
            }
            ExecutionRecord record = latest.get();
            boolean ours = record.name().equals(rerun);
            boolean unsuccessful = record.status() != ExecutionStatus.RUNNING
                    && record.status() != ExecutionStatus.SUCCEEDED;
            boolean again = ours || switch (policy) {
                case MISSING -> false;
                case FAILED -> unsuccessful;
                case ALL -> true;
            };
            plan.add(new PlannedRun(interval, again ? rerun : record.name(), again, record.status()));
        }
        if (reverse) {
            Collections.reverse(plan);
        }
        return plan;
    }

    /** Starts {@code request} in its own lane, or resumes its unfinished generation; returns its id. */
    public synchronized String start(BackfillRequest request) throws SettingsException {
        PipelineSettings pipeline = schedules.pipeline(request.pipeline());
        ScheduleSpec schedule = scheduleOf(pipeline, request.schedule());
        String id = idFor(pipeline, schedule, request);
        BackfillRun running = live.get(id);
        if (running != null && !running.status().finished()) {
            return id;
        }
        List<DataInterval> intervals = schedule.interval().covering(request.from(), request.to(), schedule.zone());
        launch(id, pipeline, schedule, request.concurrency(),
                plan(pipeline, schedule, intervals, request.policy(), request.reverse(), tag(id)));
        return id;
    }

    /** Runs the missed intervals of a schedule (catch-up {@code all}) as a backfill of them, oldest first. */
    String catchUp(PipelineSettings pipeline, ScheduleSpec schedule, List<DataInterval> missed) {
        String id = pipeline.name() + "." + schedule.name() + ".catchup." + missed.get(0).key() + "."
                + missed.get(missed.size() - 1).key();
        launch(id, pipeline, schedule, 1, plan(pipeline, schedule, missed, BackfillPolicy.MISSING, false, tag(id)));
        return id;
    }

    private void launch(String id, PipelineSettings pipeline, ScheduleSpec schedule, int concurrency,
            List<PlannedRun> plan) {
        schedules.tables().saveBackfill(id, pipeline.name(), "RUNNING");
        BackfillRun run = new BackfillRun(id, pipeline, schedule, concurrency, plan, schedules.runs(),
                schedules.tables());
        live.put(id, run);
        Thread thread = new Thread(run, "stepline-backfill-" + live.size());
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Where a backfill is: as this engine runs it, or, for one it does not run (started before a
     * restart, or by another process), as the store's executions of its intervals say. Empty for
     * an unknown id.
     */
    public Optional<BackfillStatus> status(String backfillId) {
        BackfillRun run = live.get(backfillId);
        if (run != null) {
            return Optional.of(run.status());
        }
        return schedules.tables().backfill(backfillId).flatMap(row -> StoredBackfill.status(schedules, row));
    }

    /** Stops starting runs of the backfill; its running runs finish. False for an id this engine does not run. */
    public boolean cancel(String backfillId) {
        BackfillRun run = live.get(backfillId);
        if (run == null) {
            return false;
        }
        run.cancel();
        return true;
    }

    /** Cancels every backfill of this engine (at shutdown). */
    void cancelAll() {
        live.values().forEach(BackfillRun::cancel);
    }

    private static ScheduleSpec scheduleOf(PipelineSettings pipeline, String name) throws SettingsException {
        if (pipeline.schedules().isEmpty()) {
            throw new SettingsException("pipeline '" + pipeline.name() + "' declares no schedule in its "
                    + PipelineSettingsReader.FILE_NAME + ": a backfill needs one for its interval and time zone");
        }
        if (name == null) {
            return pipeline.schedules().get(0);
        }
        return pipeline.schedule(name).orElseThrow(() -> new SettingsException("pipeline '" + pipeline.name()
                + "' has no schedule '" + name + "' (it has " + pipeline.schedules().stream()
                        .map(ScheduleSpec::name).toList() + ")"));
    }

    /**
     * The id of {@code request}: pipeline, schedule, range and policy, and a generation: the
     * latest one while it is unfinished (so the same request resumes it), else the next.
     */
    private String idFor(PipelineSettings pipeline, ScheduleSpec schedule, BackfillRequest request) {
        String base = pipeline.name() + "." + schedule.name() + "." + request.from() + "." + request.to() + "."
                + request.policy().name().toLowerCase(java.util.Locale.ROOT);
        List<ScheduleTables.BackfillRow> generations = schedules.tables().backfills(base + ".g");
        if (!generations.isEmpty() && !generations.get(generations.size() - 1).status().equals("DONE")) {
            return generations.get(generations.size() - 1).id();
        }
        return base + ".g" + (generations.size() + 1);
    }

    /** A short, stable tag for the re-runs of one backfill: {@code bf} and 6 hex digits of its id. */
    static String tag(String id) {
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(id.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return "bf" + HexFormat.of().formatHex(hash, 0, 3);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
