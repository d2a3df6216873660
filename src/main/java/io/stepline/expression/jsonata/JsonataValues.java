package io.stepline.expression.jsonata;

import com.dashjoin.jsonata.Jsonata;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Converts between Jackson trees and the plain Java values the dashjoin engine works on.
 *
 * <p>dashjoin's model: objects are {@link Map}s (we use {@link LinkedHashMap} so key order is
 * kept), arrays are {@link List}s, JSON null is {@link Jsonata#NULL_VALUE} and Java {@code null}
 * means <em>undefined</em>. Numbers keep their Java type both ways, so {@code 1} stays an
 * integer, {@code 1.5} a double and a 30-digit integer a {@link BigInteger}: nothing is widened
 * unless an expression computes with it.
 */
final class JsonataValues {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonataValues() {
    }

    /** The engine's value for a JSON tree; null (undefined) for a missing node. */
    static Object toJava(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return null;
        }
        return switch (node.getNodeType()) {
            case OBJECT -> objectToJava(node);
            case ARRAY -> arrayToJava(node);
            case STRING -> node.textValue();
            case BOOLEAN -> node.booleanValue();
            case NUMBER -> numberToJava(node);
            case NULL -> Jsonata.NULL_VALUE;
            case BINARY, POJO -> node.asText();
            default -> null;
        };
    }

    private static Map<String, Object> objectToJava(JsonNode node) {
        Map<String, Object> map = new LinkedHashMap<>(Math.max(4, node.size() * 4 / 3 + 1));
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            map.put(field.getKey(), toJava(field.getValue()));
        }
        return map;
    }

    private static List<Object> arrayToJava(JsonNode node) {
        List<Object> list = new ArrayList<>(node.size());
        for (JsonNode element : node) {
            list.add(toJava(element));
        }
        return list;
    }

    private static Object numberToJava(JsonNode node) {
        return switch (node.numberType()) {
            case INT -> node.intValue();
            case LONG -> node.longValue();
            case BIG_INTEGER -> node.bigIntegerValue();
            case FLOAT, DOUBLE -> node.doubleValue();
            case BIG_DECIMAL -> node.decimalValue();
        };
    }

    /**
     * The JSON tree for an engine value; null when the value is undefined. Functions and regular
     * expressions have no JSON form: {@link UnsupportedValueException} says so.
     */
    static JsonNode toJson(Object value) throws UnsupportedValueException {
        if (value == null) {
            return null;
        }
        if (value == Jsonata.NULL_VALUE) {
            return NODES.nullNode();
        }
        if (value instanceof String text) {
            return NODES.textNode(text);
        }
        if (value instanceof Boolean bool) {
            return NODES.booleanNode(bool);
        }
        if (value instanceof Number number) {
            return numberToJson(number);
        }
        if (value instanceof Map<?, ?> map) {
            return mapToJson(map);
        }
        if (value instanceof List<?> list) {
            return listToJson(list);
        }
        throw new UnsupportedValueException(value);
    }

    private static JsonNode numberToJson(Number number) {
        if (number instanceof Integer || number instanceof Short || number instanceof Byte) {
            return NODES.numberNode(number.intValue());
        }
        if (number instanceof Long value) {
            return NODES.numberNode(value);
        }
        if (number instanceof BigInteger value) {
            return NODES.numberNode(value);
        }
        if (number instanceof BigDecimal value) {
            return NODES.numberNode(value);
        }
        double value = number.doubleValue();
        if (!Double.isFinite(value)) {
            // JSON has no literal for these; AWS writes the JavaScript name as a string
            // (third-party measurement, see the package notes).
            return NODES.textNode(JsNotation.number(value));
        }
        return NODES.numberNode(value);
    }

    private static JsonNode mapToJson(Map<?, ?> map) throws UnsupportedValueException {
        ObjectNode object = NODES.objectNode();
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            JsonNode member = toJson(entry.getValue());
            // An undefined member does not exist, as in JSON.stringify.
            if (member != null) {
                object.set(String.valueOf(entry.getKey()), member);
            }
        }
        return object;
    }

    private static JsonNode listToJson(List<?> list) throws UnsupportedValueException {
        ArrayNode array = NODES.arrayNode(list.size());
        for (Object element : list) {
            JsonNode item = toJson(element);
            array.add(item == null ? NODES.nullNode() : item);
        }
        return array;
    }

    /** A value an expression produced that JSON cannot carry (a function, a regex). */
    static final class UnsupportedValueException extends Exception {
        private final transient Object value;

        UnsupportedValueException(Object value) {
            super("no JSON form for " + value.getClass().getName(), null, false, false);
            this.value = value;
        }

        Object value() {
            return value;
        }
    }
}
