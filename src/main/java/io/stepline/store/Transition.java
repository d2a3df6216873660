package io.stepline.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;

/**
 * One atomic write of an execution: events appended, paths written or removed, tokens written,
 * and, when it ends, the execution's final status. {@code redrivenAt}, when set, restarts an
 * ended execution (AWS RedriveExecution): status RUNNING again, stop time, error and cause
 * cleared, redrive count plus one, redrive time set.
 */
public record Transition(
        List<StoredEvent> events,
        List<PathRecord> pathsToWrite,
        List<String> pathsToDelete,
        List<TaskTokenRecord> tokensToWrite,
        ExecutionEnd end,
        Instant redrivenAt) {

    /** How the execution ended, or why its status changed (redrive sets RUNNING again). */
    public record ExecutionEnd(ExecutionStatus status, JsonNode output, String error, String cause,
            Instant stopTime) {
    }

    public static Transition of(List<StoredEvent> events, List<PathRecord> paths) {
        return new Transition(events, paths, List.of(), List.of(), null, null);
    }
}
