package io.stepline.schedule;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepline.engine.DefinitionException;
import io.stepline.engine.DurableExecutions;
import io.stepline.engine.MachineDefinition;
import io.stepline.engine.ExecutionAlreadyExistsException;
import io.stepline.runtime.ExecutionRunner;
import io.stepline.runtime.MachineIdentity;
import io.stepline.runtime.history.EventDetails;
import io.stepline.runtime.history.HistoryEventType;
import io.stepline.runtime.history.HistoryJson;
import io.stepline.store.ExecutionFilter;
import io.stepline.store.ExecutionRecord;
import io.stepline.store.ExecutionStatus;
import io.stepline.store.StoredEvent;
import io.stepline.store.Transition;
import java.io.IOException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Starts the durable run of one pipeline for one data interval, under a deterministic name
 * ({@code SCHEDULE-LOGICALDATE}, plus {@code -TAG} for a deliberate re-run), and reads back which
 * runs each interval has. Scheduled and backfill runs are always durable: they need names,
 * history and a status per interval, whatever {@code type} the settings give.
 */
final class PipelineRuns {
    /** How many executions of one pipeline are read to build an interval grid. */
    private static final int SCAN_LIMIT = 100_000;

    private final DurableExecutions durable;

    PipelineRuns(DurableExecutions durable) {
        this.durable = durable;
    }

    DurableExecutions durable() {
        return durable;
    }

    /** The name of the first run of {@code interval}. */
    static String primaryName(ScheduleSpec schedule, DataInterval interval) {
        return schedule.name() + "-" + interval.key();
    }

    /** A run's input: the pipeline's default input overlaid with the interval. */
    static ObjectNode input(PipelineSettings pipeline, DataInterval interval) {
        ObjectNode input = pipeline.input().deepCopy();
        input.setAll(interval.toInput());
        return input;
    }

    static String arn(PipelineSettings pipeline, String executionName) {
        return MachineIdentity.local(pipeline.name(), "").executionArn(executionName);
    }

    /**
     * Starts (or finds, when the name was started before) the run {@code name} of
     * {@code interval} for {@code schedule} (and the backfill {@code backfillId}, null for a
     * fire); returns its record as just started or found.
     */
    ExecutionRecord start(PipelineSettings pipeline, String name, ScheduleSpec schedule, DataInterval interval,
            String backfillId) throws DefinitionException, IOException {
        MachineDefinition definition = MachineDefinition.read(pipeline.name(), pipeline.definitionFile());
        try {
            // on the engine's pool: the starting thread (a Quartz job's, a backfill's) must not
            // be held by the run's first states, or other fires and the backfill's lanes wait
            return durable.startInBackground(definition, name, input(pipeline, interval),
                    interval.toContextMembers(schedule.name(), backfillId)).record();
        } catch (ExecutionAlreadyExistsException changedInput) {
            // started before with another default input: that run is this interval's run
            return durable.describe(arn(pipeline, name)).orElseThrow();
        }
    }

    /**
     * Records the run {@code name} of {@code interval} as FAILED without running it (the
     * {@code fail} concurrency policy): the interval shows as failed, and a backfill with
     * {@code --policy failed} runs it again.
     */
    void recordFailed(PipelineSettings pipeline, String name, ScheduleSpec schedule, DataInterval interval,
            String error, String cause) throws DefinitionException, IOException {
        MachineDefinition definition = MachineDefinition.read(pipeline.name(), pipeline.definitionFile());
        ExecutionRecord record;
        try {
            // with its context too: redriving this record runs it
            record = durable.start(definition, name, input(pipeline, interval),
                    interval.toContextMembers(schedule.name(), null), false).record();
        } catch (ExecutionAlreadyExistsException changedInput) {
            return;
        }
        long now = System.currentTimeMillis();
        // held by this engine first, so that no worker takes the detached execution and runs it
        if (record.status() != ExecutionStatus.RUNNING
                || !durable.store().claim(record.executionArn(), durable.owner(), now + 60_000, now)) {
            return;
        }
        long id = durable.store().lastEventId(record.executionArn()) + 1;
        var failed = new StoredEvent(id, id - 1, now, HistoryEventType.ExecutionFailed.name(),
                HistoryJson.details(new EventDetails.Failure(error, cause)), ExecutionRunner.ROOT_PATH);
        durable.store().apply(record.executionArn(), new Transition(List.of(failed), List.of(), List.of(), List.of(),
                new Transition.ExecutionEnd(ExecutionStatus.FAILED, null, error, cause, Instant.ofEpochMilli(now)),
                null));
    }

    Optional<ExecutionRecord> describe(PipelineSettings pipeline, String name) {
        return durable.describe(arn(pipeline, name));
    }

    /** Every execution of the pipeline by name (for interval grids). */
    TreeMap<String, ExecutionRecord> byName(PipelineSettings pipeline) {
        TreeMap<String, ExecutionRecord> byName = new TreeMap<>();
        for (ExecutionRecord record : durable.list(new ExecutionFilter(pipeline.name(), null, SCAN_LIMIT))) {
            byName.put(record.name(), record);
        }
        return byName;
    }

    /** The latest run of {@code interval} among {@code byName}: its first run or any re-run. */
    static Optional<ExecutionRecord> latest(Map<String, ExecutionRecord> byName, ScheduleSpec schedule,
            DataInterval interval) {
        String primary = primaryName(schedule, interval);
        var runs = byName instanceof TreeMap<String, ExecutionRecord> sorted
                ? sorted.subMap(primary, true, primary + "-\uffff", true).entrySet().stream()
                : byName.entrySet().stream().filter(e -> e.getKey().startsWith(primary));
        return runs.filter(e -> e.getKey().equals(primary) || e.getKey().startsWith(primary + "-"))
                .map(Map.Entry::getValue)
                .max(Comparator.comparing(ExecutionRecord::startTime));
    }
}
