package io.stepline.expression.choice;

import com.fasterxml.jackson.databind.JsonNode;

/** The types the {@code Is*} operators test for (IsPresent is not a type: see {@link PresenceRule}). */
enum JsonType {
    /** The JSON literal {@code null}, not a missing field. */
    NULL,
    /** Any JSON number; a string of digits is a string (recorded on AWS). */
    NUMERIC,
    STRING,
    BOOLEAN,
    /** A string in the ASL timestamp profile (see {@link Rfc3339Timestamps}). */
    TIMESTAMP;

    boolean matches(JsonNode node) {
        return switch (this) {
            case NULL -> node.isNull();
            case NUMERIC -> node.isNumber();
            case STRING -> node.isTextual();
            case BOOLEAN -> node.isBoolean();
            case TIMESTAMP -> node.isTextual() && Rfc3339Timestamps.parse(node.textValue()) != null;
        };
    }
}
