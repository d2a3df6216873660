package io.stepline.validation.rules;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.definition.JsonataText;

/**
 * The JSON type a field takes. "Dynamic" kinds also accept a {@code {% ... %}} string in a
 * JSONata state, where AWS evaluates them at run time (TimeoutSeconds, MaxConcurrency, ...).
 */
public enum ValueKind {
    STRING("a string"),
    NULLABLE_STRING("a string or null"),
    BOOLEAN("a boolean"),
    OBJECT("an object"),
    ARRAY("an array"),
    ANY("any JSON value"),
    INTEGER("an integer"),
    DYNAMIC_INTEGER("an integer"),
    DYNAMIC_NUMBER("a number"),
    NUMBER("a number"),
    /** Map Items: an array, or a JSONata expression. */
    ITEMS("an array or a JSONata expression");

    private final String description;

    ValueKind(String description) {
        this.description = description;
    }

    public String description(boolean jsonataState) {
        boolean dynamic = this == DYNAMIC_INTEGER || this == DYNAMIC_NUMBER;
        return dynamic && jsonataState ? description + " or a JSONata expression" : description;
    }

    public boolean accepts(JsonNode value, boolean jsonataState) {
        return switch (this) {
            case STRING -> value.isTextual();
            case NULLABLE_STRING -> value.isTextual() || value.isNull();
            case BOOLEAN -> value.isBoolean();
            case OBJECT -> value.isObject();
            case ARRAY -> value.isArray();
            case ANY -> true;
            case INTEGER -> isInteger(value);
            case NUMBER -> value.isNumber();
            case DYNAMIC_INTEGER -> isInteger(value) || (jsonataState && isExpression(value));
            case DYNAMIC_NUMBER -> value.isNumber() || (jsonataState && isExpression(value));
            case ITEMS -> value.isArray() || isExpression(value);
        };
    }

    /** Integers may be written 3 or 3.0 (JSON Schema's notion, which AWS's validator follows). */
    static boolean isInteger(JsonNode value) {
        return value.isIntegralNumber() || (value.isNumber() && value.canConvertToExactIntegral());
    }

    static boolean isExpression(JsonNode value) {
        return value.isTextual() && JsonataText.isJsonata(value.textValue());
    }
}
