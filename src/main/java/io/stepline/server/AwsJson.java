package io.stepline.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepline.json.Json;
import java.math.BigDecimal;
import java.time.Instant;

/** Reading requests and writing responses of the AWS JSON 1.0 protocol (timestamps in epoch seconds). */
final class AwsJson {
    private AwsJson() {
    }

    static String required(JsonNode request, String field) throws AwsError {
        JsonNode value = request.get(field);
        if (value == null || value.isNull() || !value.isTextual() || value.asText().isEmpty()) {
            throw AwsError.validation("1 validation error detected: Value null at '" + field
                    + "' failed to satisfy constraint: Member must not be null");
        }
        return value.asText();
    }

    static String optional(JsonNode request, String field) {
        JsonNode value = request.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    /** A JSON document carried as a string field ({@code input}, {@code output}); {@code {}} when absent. */
    static JsonNode document(JsonNode request, String field, String errorType) throws AwsError {
        String text = optional(request, field);
        if (text == null || text.isBlank()) {
            return Json.NODES.objectNode();
        }
        try {
            return Json.parse(text);
        } catch (JsonProcessingException e) {
            throw new AwsError(errorType, "Invalid " + field + ": " + e.getOriginalMessage());
        }
    }

    static int maxResults(JsonNode request, int fallback) throws AwsError {
        int max = request.path("maxResults").asInt(0);
        if (max < 0 || max > 1000) {
            throw AwsError.validation("maxResults must be between 0 and 1000");
        }
        return max == 0 ? fallback : max;
    }

    /** Paging: the token is an offset into the listing, as text. */
    static int offset(JsonNode request) throws AwsError {
        String token = optional(request, "nextToken");
        if (token == null) {
            return 0;
        }
        try {
            return Integer.parseInt(token);
        } catch (NumberFormatException e) {
            throw new AwsError("InvalidToken", "Invalid nextToken: '" + token + "'");
        }
    }

    static void time(ObjectNode node, String field, Instant time) {
        if (time != null) {
            node.put(field, BigDecimal.valueOf(time.toEpochMilli(), 3));
        }
    }

    static ObjectNode object() {
        return Json.NODES.objectNode();
    }
}
