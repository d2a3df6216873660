package io.stepline.connector.camel;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.connector.TaskFailedException;
import io.stepline.json.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.camel.Message;

/**
 * What a task sends to its endpoint, read from the effective input. The input is the message body,
 * unless it is an envelope: an object whose only keys are among {@code Body}, {@code Headers} and
 * {@code ResultHeaders} (the spelling of AWS's HTTP Task, {@code Headers}, {@code RequestBody}).
 *
 * @param body          the body: a JSON string goes as its text, other JSON as JSON text; null for none
 * @param headers       message headers (HTTP request headers, Kafka record headers, Camel options)
 * @param resultHeaders which reply headers the result carries: none (null), all ({@code ["*"]}), or these
 */
record CamelRequest(JsonNode body, Map<String, Object> headers, List<String> resultHeaders) {
    static final Set<String> ENVELOPE = Set.of("Body", "Headers", "ResultHeaders");
    static final String ALL = "*";

    static CamelRequest of(JsonNode input) throws TaskFailedException {
        if (!isEnvelope(input)) {
            return new CamelRequest(input, Map.of(), null);
        }
        JsonNode headers = input.path("Headers");
        if (!headers.isMissingNode() && !headers.isObject()) {
            throw invalid("Headers must be an object of header names to values, not " + Json.typeName(headers));
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> header : headers.properties()) {
            values.put(header.getKey(), headerValue(header.getValue()));
        }
        return new CamelRequest(input.get("Body"), values, resultHeaders(input.path("ResultHeaders")));
    }

    private static boolean isEnvelope(JsonNode input) {
        if (input == null || !input.isObject() || input.isEmpty()) {
            return false;
        }
        for (String key : (Iterable<String>) input::fieldNames) {
            if (!ENVELOPE.contains(key)) {
                return false;
            }
        }
        return true;
    }

    private static List<String> resultHeaders(JsonNode spec) throws TaskFailedException {
        if (spec.isMissingNode() || spec.isNull() || (spec.isBoolean() && !spec.asBoolean())) {
            return null;
        }
        if (spec.isBoolean()) {
            return List.of(ALL);
        }
        if (spec.isArray()) {
            List<String> names = new ArrayList<>();
            for (JsonNode name : spec) {
                if (!name.isTextual()) {
                    throw invalid("ResultHeaders must list header names (strings), found " + Json.typeName(name));
                }
                names.add(name.asText());
            }
            return List.copyOf(names);
        }
        throw invalid("ResultHeaders must be true, false or a list of header names, not " + Json.typeName(spec));
    }

    /** Strings, numbers and booleans go as themselves; objects and arrays as JSON text. */
    private static Object headerValue(JsonNode value) {
        if (value.isTextual()) {
            return value.asText();
        }
        if (value.isNumber()) {
            return value.numberValue();
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        return value.isNull() ? null : Json.write(value);
    }

    /** Puts the body and headers on an outgoing Camel message. */
    void writeTo(Message message) {
        headers.forEach(message::setHeader); // into Camel's own map, whose names ignore case
        if (body == null || body.isNull() || body.isMissingNode()) {
            return;
        }
        if (body.isTextual()) {
            message.setBody(body.asText());
            return;
        }
        message.setBody(Json.write(body));
        if (message.getHeader("Content-Type") == null) { // Camel's headers ignore case
            message.setHeader("Content-Type", "application/json");
        }
    }

    private static TaskFailedException invalid(String problem) {
        return new TaskFailedException(CamelErrors.INVALID_INPUT, problem);
    }
}
