package io.stepline.connector.jdbc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepline.json.Json;
import java.math.BigDecimal;
import java.util.Base64;

/** JSON values to bind as SQL parameters, and row values back to JSON. */
final class JsonValues {
    private JsonValues() {
    }

    /** A parameter: numbers, booleans and text as themselves, objects and arrays as JSON text. */
    static Object toParameter(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return null;
        }
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            return value.asLong();
        }
        if (value.isNumber()) {
            return value.decimalValue();
        }
        if (value.isBoolean()) {
            return value.asBoolean();
        }
        return value.isTextual() ? value.asText() : Json.write(value);
    }

    static void put(ObjectNode row, String column, Object value) {
        if (value == null) {
            row.putNull(column);
        } else if (value instanceof Long l) {
            row.put(column, l);
        } else if (value instanceof Double d) {
            row.put(column, d);
        } else if (value instanceof BigDecimal d) {
            row.put(column, d);
        } else if (value instanceof Boolean b) {
            row.put(column, b);
        } else if (value instanceof byte[] bytes) {
            row.put(column, Base64.getEncoder().encodeToString(bytes));
        } else {
            row.put(column, value.toString());
        }
    }
}
