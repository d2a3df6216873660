package io.stepline.store;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One history event as stored: AWS's fields (id, previousEventId, timestamp in epoch millis,
 * type, details object) plus the path it belongs to (Stepline's own, for resuming). Values in
 * {@code details} larger than the store's threshold come back as
 * {@code {"steplinePayload": "<reference>", "bytes": N}} (history shows the reference).
 */
public record StoredEvent(long id, long previousEventId, long timestamp, String type, JsonNode details,
        String pathId) {
}
