package io.stepline.connector.collect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepline.json.Json;

/**
 * Where a collection stopped: the next page to ask for, what was collected before it, and what
 * its destination holds of it: the partial dataset file's length, or the batches committed into
 * a sink and their rows. Written when a collection fails (and every so many pages, or after each
 * committed batch), read by the next attempt of the same execution and state, including a redrive.
 */
record Checkpoint(PageRequest next, long pages, long records, long bytes, String maxCursor, long batches,
        long rowsWritten) {

    /** Progress after a page, before the destination says what it holds. */
    static Checkpoint at(PageRequest next, long pages, long records, String maxCursor) {
        return new Checkpoint(next, pages, records, 0, maxCursor, 0, 0);
    }

    Checkpoint withBytes(long length) {
        return new Checkpoint(next, pages, records, length, maxCursor, batches, rowsWritten);
    }

    Checkpoint withBatches(long committed, long rows) {
        return new Checkpoint(next, pages, records, bytes, maxCursor, committed, rows);
    }

    JsonNode toJson() {
        ObjectNode json = Json.NODES.objectNode();
        json.set("next", next.toJson());
        json.put("pages", pages).put("records", records).put("bytes", bytes).put("maxCursor", maxCursor)
                .put("batches", batches).put("rowsWritten", rowsWritten);
        return json;
    }

    static Checkpoint fromJson(JsonNode json) {
        return new Checkpoint(PageRequest.fromJson(json.path("next")), json.path("pages").asLong(),
                json.path("records").asLong(), json.path("bytes").asLong(),
                json.path("maxCursor").isTextual() ? json.get("maxCursor").asText() : null,
                json.path("batches").asLong(), json.path("rowsWritten").asLong());
    }
}
