package io.stepline.expression.choice;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The type one operator family compares (String*, Numeric*, Boolean*, Timestamp*): how a JSON
 * value reads as that type, and how two such values order.
 *
 * @param <T> the Java form values are compared in, converted once for literal operands
 */
interface ValueKind<T> {

    /** The value in this kind's form, or null when it is of another type (the comparison is then false). */
    T read(JsonNode node);

    int compare(T left, T right);

    /** The type's name in messages: "string", "number", "boolean", "timestamp". */
    String description();
}
