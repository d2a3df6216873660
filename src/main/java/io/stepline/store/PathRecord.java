package io.stepline.store;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The checkpoint of one path of an execution (its top level, a branch, a Map iteration): the
 * runtime's own JSON, opaque to the store, read back in full. {@code wakeAt} (epoch millis) is
 * set while the path waits for a timer.
 */
public record PathRecord(String pathId, String parentPathId, PathStatus status, JsonNode checkpoint, Long wakeAt) {

    public enum PathStatus { RUNNABLE, WAITING, DONE }
}
