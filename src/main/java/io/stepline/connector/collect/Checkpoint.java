package io.stepline.connector.collect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepline.json.Json;

/**
 * Where a collection stopped: the next page to ask for, what was collected before it and how long
 * the partial dataset file was then. Written when a collection fails (and every so many pages),
 * read by the next attempt of the same execution and state, including a redrive.
 */
record Checkpoint(PageRequest next, long pages, long records, long bytes, String maxCursor) {

    JsonNode toJson() {
        ObjectNode json = Json.NODES.objectNode();
        json.set("next", next.toJson());
        json.put("pages", pages).put("records", records).put("bytes", bytes).put("maxCursor", maxCursor);
        return json;
    }

    static Checkpoint fromJson(JsonNode json) {
        return new Checkpoint(PageRequest.fromJson(json.path("next")), json.path("pages").asLong(),
                json.path("records").asLong(), json.path("bytes").asLong(),
                json.path("maxCursor").isTextual() ? json.get("maxCursor").asText() : null);
    }
}
