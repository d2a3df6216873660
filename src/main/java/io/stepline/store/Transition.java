package io.stepline.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;

/**
 * One atomic write of an execution: events appended, paths written or removed, tokens written,
 * and, when it ends, the execution's final status.
 */
public record Transition(
        List<StoredEvent> events,
        List<PathRecord> pathsToWrite,
        List<String> pathsToDelete,
        List<TaskTokenRecord> tokensToWrite,
        ExecutionEnd end) {

    /** How the execution ended, or why its status changed (redrive sets RUNNING again). */
    public record ExecutionEnd(ExecutionStatus status, JsonNode output, String error, String cause,
            Instant stopTime) {
    }

    public static Transition of(List<StoredEvent> events, List<PathRecord> paths) {
        return new Transition(events, paths, List.of(), List.of(), null);
    }
}
