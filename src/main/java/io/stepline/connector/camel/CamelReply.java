package io.stepline.connector.camel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepline.config.secret.Redactor;
import io.stepline.json.Json;
import java.util.List;
import java.util.Map;
import org.apache.camel.Message;

/**
 * The task result made from an endpoint's reply: the body, parsed when it is JSON and a string
 * otherwise; with {@code ResultHeaders}, {@code {"Body": ..., "Headers": {...}}}. Resolved secrets
 * are masked in it: an endpoint that echoes its request URI must not put a secret in the state.
 */
final class CamelReply {
    /** Strict: "12 apples" is text, not the number 12 followed by rubbish. */
    private static final ObjectReader JSON = Json.MAPPER.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private CamelReply() {
    }

    static JsonNode of(Message reply, List<String> resultHeaders) {
        JsonNode body = body(reply.getBody(String.class));
        if (resultHeaders == null) {
            return body;
        }
        ObjectNode result = Json.NODES.objectNode();
        result.set("Body", body);
        ObjectNode headers = result.putObject("Headers");
        boolean all = resultHeaders.contains(CamelRequest.ALL);
        for (Map.Entry<String, Object> header : reply.getHeaders().entrySet()) {
            if (header.getValue() != null && (all || resultHeaders.stream().anyMatch(header.getKey()::equalsIgnoreCase))) {
                headers.set(header.getKey(), headerValue(header.getValue()));
            }
        }
        return result;
    }

    private static JsonNode body(String text) {
        if (text == null) {
            return Json.NODES.nullNode();
        }
        String safe = Redactor.redact(text);
        try {
            JsonNode parsed = JSON.readTree(safe);
            return parsed == null || parsed.isMissingNode() ? Json.NODES.textNode(safe) : parsed;
        } catch (JsonProcessingException notJson) {
            return Json.NODES.textNode(safe);
        }
    }

    private static JsonNode headerValue(Object value) {
        if (value instanceof Boolean flag) {
            return Json.NODES.booleanNode(flag);
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            long number = ((Number) value).longValue();
            // As parsed JSON would hold it, so results compare equal whichever way they were made.
            return number == (int) number ? Json.NODES.numberNode((int) number) : Json.NODES.numberNode(number);
        }
        if (value instanceof Number number) {
            return Json.NODES.numberNode(number.doubleValue());
        }
        return Json.NODES.textNode(Redactor.redact(String.valueOf(value)));
    }
}
