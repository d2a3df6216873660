package io.stepline.runtime.durable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepline.runtime.CompiledMachine;
import io.stepline.runtime.ContextObject;
import io.stepline.runtime.Execution;
import io.stepline.runtime.ExecutionRunner;
import io.stepline.runtime.Frame;
import io.stepline.runtime.PathRunner;
import io.stepline.runtime.Variables;
import io.stepline.runtime.history.CountingHistory;
import io.stepline.runtime.history.EventDetails;
import io.stepline.runtime.history.HistoryEvent;
import io.stepline.runtime.history.HistoryEventType;
import io.stepline.runtime.task.TaskTokens;
import io.stepline.runtime.time.Scheduler;
import io.stepline.store.ExecutionRecord;
import io.stepline.store.ExecutionStore;
import io.stepline.store.NewExecution;
import io.stepline.store.PathRecord;
import io.stepline.store.StartOutcome;
import java.time.Instant;
import java.util.List;

/**
 * Starts and resumes durable (STANDARD) executions: the first write holds the execution, its
 * ExecutionStarted event and its top-level path, atomically, so a name is taken exactly once;
 * every later transition goes through a {@link StoreJournal}.
 */
public final class DurableRunner {
    private DurableRunner() {
    }

    /** How a start went: a running execution, or the one that already had that name. */
    public record Started(StartOutcome.Kind kind, Execution execution, ExecutionRecord existing) {
    }

    /** Where a new execution's top-level path first runs. */
    public enum FirstPath {
        /** Nowhere here: only recorded, for a worker to pick up ({@code stepline run --detach}). */
        RECORDED_ONLY,
        /** On the calling thread until it first parks. */
        CALLER,
        /** On the scheduler's pool: the start returns once the execution is recorded (AWS StartExecution). */
        POOL
    }

    /**
     * Starts an execution. When the name is new and it is to run here, {@code owner} holds it
     * and its top-level path runs as {@code first} says; otherwise nothing runs here (an existing
     * execution is returned, or a worker will pick the new one up).
     */
    public static Started start(CompiledMachine machine, int version, String name, JsonNode input,
            ObjectNode contextMembers, ExecutionStore store, Scheduler scheduler, TaskTokens tokens, String owner,
            long leaseUntil, FirstPath first) {
        boolean run = first != FirstPath.RECORDED_ONLY;
        String arn = machine.identity().executionArn(name);
        long now = scheduler.now();
        CountingHistory history = new CountingHistory();
        Execution execution = new Execution(machine.identity(), name, input, history, scheduler,
                machine.timeoutSeconds(), 0, new StoreJournal(store, arn), now, tokens, contextMembers);
        EventDetails started = new EventDetails.ExecutionStarted(input, ContextObject.ROLE_ARN,
                machine.identity().arn());
        long startedId = history.record(0, now, HistoryEventType.ExecutionStarted, started);
        Frame root = new Frame(execution, ExecutionRunner.ROOT_PATH, null, machine.root(), Variables.root(),
                execution.cancellation(), input, 0, path -> { });
        root.markBoundary();
        var events = StoreJournal.stored(ExecutionRunner.ROOT_PATH,
                List.of(new HistoryEvent(startedId, 0, now, HistoryEventType.ExecutionStarted, started)));
        var rootPath = new PathRecord(ExecutionRunner.ROOT_PATH, null, PathRecord.PathStatus.RUNNABLE,
                Checkpoints.of(root, false), null);
        StartOutcome outcome = store.start(new NewExecution(arn, machine.identity().name(), version, name, "STANDARD",
                input, Instant.ofEpochMilli(now), events, rootPath, run ? owner : null, run ? leaseUntil : 0,
                contextMembers));
        if (outcome.kind() != StartOutcome.Kind.STARTED || !run) {
            return new Started(outcome.kind(), null, outcome.execution());
        }
        Frame running = new Frame(execution, ExecutionRunner.ROOT_PATH, null, machine.root(), Variables.root(),
                execution.cancellation(), input, 0, ExecutionRunner.endOf(execution));
        running.markBoundary();
        if (first == FirstPath.POOL) {
            scheduler.execute(() -> PathRunner.run(running));
        } else {
            PathRunner.run(running);
        }
        return new Started(StartOutcome.Kind.STARTED, execution, outcome.execution());
    }

    /** Resumes a RUNNING execution from its checkpoints (after a restart, or a redrive). */
    public static Execution resume(CompiledMachine machine, ExecutionRecord record, ExecutionStore store,
            Scheduler scheduler, TaskTokens tokens) {
        CountingHistory history = new CountingHistory(store.lastEventId(record.executionArn()));
        Execution execution = new Execution(machine.identity(), record.name(), record.input(), history, scheduler,
                machine.timeoutSeconds(), record.redriveCount(), new StoreJournal(store, record.executionArn()),
                record.startTime().toEpochMilli(), tokens, record.contextMembers());
        Restorer.restore(machine, execution, store.paths(record.executionArn()), ExecutionRunner.ROOT_PATH,
                ExecutionRunner.endOf(execution));
        return execution;
    }
}
