package io.stepline.schedule;

import io.stepline.store.ExecutionRecord;
import io.stepline.store.ExecutionStatus;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where a backfill no thread of this engine drives is (one started before a restart, or by
 * another process), read from the store: its id names its request, its row says when it started
 * and its state, and the executions of its intervals say the rest. A run of an interval is the
 * backfill's when it carries the backfill's tag, or is the interval's first run and started after
 * the backfill did; an interval without one is still to run, or was skipped when, under the
 * backfill's policy, its earlier run needed none.
 */
final class StoredBackfill {
    private StoredBackfill() {
    }

    /** The status of {@code row}; empty when its id is not a request's (a catch-up) or its schedule is gone. */
    static Optional<BackfillStatus> status(Schedules schedules, ScheduleTables.BackfillRow row) {
        Optional<Request> request = Request.parse(row);
        if (request.isEmpty()) {
            return Optional.empty();
        }
        PipelineSettings pipeline;
        ScheduleSpec spec;
        try {
            pipeline = schedules.pipeline(row.pipeline());
            spec = schedules.schedule(row.pipeline(), request.get().schedule());
        } catch (SettingsException gone) {
            return Optional.empty();
        }
        Map<String, ExecutionRecord> byName = schedules.runs().byName(pipeline);
        String tag = Backfills.tag(row.id());
        int total = 0;
        int done = 0;
        int running = 0;
        int failed = 0;
        int remaining = 0;
        for (DataInterval interval : spec.interval().covering(request.get().from(), request.get().to(), spec.zone())) {
            String primary = PipelineRuns.primaryName(spec, interval);
            ExecutionRecord ours = byName.get(primary + "-" + tag);
            ExecutionRecord first = byName.get(primary);
            if (ours == null && first != null && !first.startTime().isBefore(row.createdAt())) {
                ours = first;
            }
            if (ours != null) {
                total++;
                switch (ours.status()) {
                    case RUNNING -> running++;
                    case SUCCEEDED -> done++;
                    default -> failed++;
                }
            } else if (planned(request.get().policy(), PipelineRuns.latest(byName, spec, interval))) {
                total++;
                remaining++;
            }
        }
        int skipped = spec.interval().covering(request.get().from(), request.get().to(), spec.zone()).size() - total;
        BackfillStatus.State state = BackfillStatus.State.valueOf(row.status());
        return Optional.of(new BackfillStatus(row.id(), pipeline.name(), spec.name(), state, total, done, running,
                failed, remaining, skipped, null));
    }

    /** Whether the backfill runs an interval whose latest run before it is {@code before}. */
    private static boolean planned(BackfillPolicy policy, Optional<ExecutionRecord> before) {
        if (before.isEmpty()) {
            return true;
        }
        ExecutionStatus status = before.get().status();
        return switch (policy) {
            case MISSING -> false;
            case FAILED -> status != ExecutionStatus.RUNNING && status != ExecutionStatus.SUCCEEDED;
            case ALL -> true;
        };
    }

    /** What a backfill id names: {@code PIPELINE.SCHEDULE.FROM.TO.POLICY.gN} (see Backfills.idFor). */
    record Request(String schedule, LocalDate from, LocalDate to, BackfillPolicy policy) {
        static Optional<Request> parse(ScheduleTables.BackfillRow row) {
            if (!row.id().startsWith(row.pipeline() + ".")) {
                return Optional.empty();
            }
            String[] parts = row.id().substring(row.pipeline().length() + 1).split("\\.");
            int n = parts.length;
            if (n < 5 || !parts[n - 1].matches("g[0-9]+")) {
                return Optional.empty();
            }
            try {
                return Optional.of(new Request(String.join(".", Arrays.copyOfRange(parts, 0, n - 4)),
                        LocalDate.parse(parts[n - 4]), LocalDate.parse(parts[n - 3]),
                        BackfillPolicy.valueOf(parts[n - 2].toUpperCase(Locale.ROOT))));
            } catch (DateTimeParseException | IllegalArgumentException notARequest) {
                return Optional.empty();
            }
        }
    }
}
