package io.stepline.expression.jsonata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.stepline.json.Json;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * A JSONata state field that must produce a particular kind of value, with AWS's messages when
 * it does not: {@code Items} an array, a Choice {@code Condition} a boolean, {@code TimeoutSeconds}
 * and friends an integer in range, {@code ToleratedFailurePercentage} a number in range, a Fail
 * state's {@code Error}/{@code Cause} a string, a Wait {@code Timestamp} an ISO-8601 date-time.
 * The value may be written literally or as (or containing) {@code {% ... %}}.
 *
 * <pre>{@code
 * JsonataField items = JsonataField.compile("Items", state.get("Items"));
 * ArrayNode array = items.array(JsonataBindings.of(scope));
 * }</pre>
 *
 * @param name the field's location as AWS reports it ({@code Items}, {@code Choices[0]/Condition})
 */
public record JsonataField(String name, JsonataTemplate template) {

    /** Compiles a field's value; see {@link JsonataTemplate#compile}. */
    public static JsonataField compile(String name, JsonNode value) {
        return new JsonataField(name, JsonataTemplate.compile(value));
    }

    /** The value, whatever its type. */
    public JsonNode value(JsonataBindings bindings) throws JsonataEvaluationException {
        return template.evaluate(bindings, name);
    }

    /** An array, as Items requires. Message recorded from AWS. */
    public ArrayNode array(JsonataBindings bindings) throws JsonataEvaluationException {
        return (ArrayNode) ofType(bindings, "array", JsonNode::isArray);
    }

    /** A boolean, as a Choice rule's Condition requires. */
    public boolean condition(JsonataBindings bindings) throws JsonataEvaluationException {
        return ofType(bindings, "boolean", JsonNode::isBoolean).booleanValue();
    }

    /** A string, as a Fail state's Error and Cause require. */
    public String string(JsonataBindings bindings) throws JsonataEvaluationException {
        return ofType(bindings, "string", JsonNode::isTextual).textValue();
    }

    /**
     * A whole number within {@code [min, max]}: TimeoutSeconds and HeartbeatSeconds (from 1),
     * Wait Seconds, MaxConcurrency and ToleratedFailureCount (from 0). A number with a zero
     * fraction ({@code 2.0}) counts as whole.
     */
    public long integer(JsonataBindings bindings, long min, long max) throws JsonataEvaluationException {
        JsonNode value = ofType(bindings, "number", JsonNode::isNumber);
        boolean whole = value.isIntegralNumber() || value.doubleValue() == Math.rint(value.doubleValue());
        if (!whole) {
            throw QueryEvaluationErrors.notAnInteger(name, value);
        }
        if (!value.canConvertToLong() || value.longValue() < min || value.longValue() > max) {
            throw QueryEvaluationErrors.outOfRange(name, value, "an integer between " + min + " and " + max);
        }
        return value.longValue();
    }

    /** A number within {@code [min, max]}, as ToleratedFailurePercentage (0 to 100) requires. */
    public double number(JsonataBindings bindings, double min, double max) throws JsonataEvaluationException {
        JsonNode value = ofType(bindings, "number", JsonNode::isNumber);
        if (value.doubleValue() < min || value.doubleValue() > max) {
            throw QueryEvaluationErrors.outOfRange(name, value, "a number between "
                    + JsNotation.number(min) + " and " + JsNotation.number(max));
        }
        return value.doubleValue();
    }

    /** A date-time with an offset, as a Wait state's Timestamp requires. Message recorded from AWS. */
    public OffsetDateTime timestamp(JsonataBindings bindings) throws JsonataEvaluationException {
        String text = ofType(bindings, "string", JsonNode::isTextual).textValue();
        try {
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException e) {
            throw QueryEvaluationErrors.notATimestamp(name, text);
        }
    }

    private JsonNode ofType(JsonataBindings bindings, String expected, TypeTest test)
            throws JsonataEvaluationException {
        JsonNode value = template.evaluate(bindings, name);
        if (!test.matches(value)) {
            throw QueryEvaluationErrors.unexpectedType(expressionText(), name, expected, value);
        }
        return value;
    }

    private String expressionText() {
        return template.expression().map(JsonataExpression::text).orElseGet(() -> Json.write(template.source()));
    }

    private interface TypeTest {
        boolean matches(JsonNode value);
    }
}
