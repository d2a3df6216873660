package io.stepline.runtime.durable;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.runtime.ExecutionResult;
import io.stepline.runtime.Frame;
import io.stepline.runtime.Journal;
import io.stepline.runtime.history.HistoryEvent;
import io.stepline.runtime.history.HistoryJson;
import io.stepline.store.ExecutionStatus;
import io.stepline.store.ExecutionStore;
import io.stepline.store.PathRecord;
import io.stepline.store.StoredEvent;
import io.stepline.store.Transition;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a durable execution's progress to the store: each call is one transaction holding the
 * path's new events and its checkpoint (and, when the execution ends, its end; for a callback
 * task, its token: see {@link CallbackTokens}). The store
 * returns only once the transaction is committed, so a state's effects are durable before the
 * next state starts.
 */
public final class StoreJournal implements Journal {
    private final ExecutionStore store;
    private final String executionArn;
    private final CallbackTokens tokens;

    public StoreJournal(ExecutionStore store, String executionArn) {
        this.store = store;
        this.executionArn = executionArn;
        this.tokens = new CallbackTokens(executionArn);
    }

    @Override
    public void boundary(Frame path) {
        write(path, new PathRecord(path.pathId(), path.parentPathId(), PathRecord.PathStatus.RUNNABLE,
                Checkpoints.of(path, false), null), null, null);
    }

    @Override
    public void parked(Frame path, JsonNode resume, Long wakeAt) {
        write(path, new PathRecord(path.pathId(), path.parentPathId(), PathRecord.PathStatus.WAITING,
                Checkpoints.of(path, true), wakeAt), resume.path("token").asText(null), null);
    }

    @Override
    public void started(Frame path) {
        boundary(path);
    }

    @Override
    public void ended(Frame path, ExecutionResult result) {
        Transition.ExecutionEnd end = result == null ? null : new Transition.ExecutionEnd(
                ExecutionStatus.valueOf(result.status().name()), result.output(), result.error(), result.cause(),
                Instant.ofEpochMilli(path.now()));
        write(path, new PathRecord(path.pathId(), path.parentPathId(), PathRecord.PathStatus.DONE,
                Checkpoints.ended(path), null), null, end);
    }

    /**
     * One transaction: the path's new events and checkpoint, and the token writes that go with
     * it. {@code token} is the callback token the checkpoint holds (null: none).
     */
    private void write(Frame path, PathRecord record, String token, Transition.ExecutionEnd end) {
        List<StoredEvent> events = stored(path.pathId(), path.takeUnwritten());
        store.apply(executionArn, new Transition(events, List.of(record), List.of(),
                tokens.changes(path.pathId(), token), end, null));
    }

    static List<StoredEvent> stored(String pathId, List<HistoryEvent> events) {
        List<StoredEvent> stored = new ArrayList<>(events.size());
        for (HistoryEvent event : events) {
            stored.add(new StoredEvent(event.id(), event.previousEventId(), event.timestamp(), event.type().name(),
                    HistoryJson.details(event.details()), pathId));
        }
        return stored;
    }
}
