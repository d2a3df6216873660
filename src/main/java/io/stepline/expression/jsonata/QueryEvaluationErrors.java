package io.stepline.expression.jsonata;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.json.Json;

/**
 * The {@code States.QueryEvaluationError} messages of JSONata fields, worded as AWS words them.
 * Each message is the part after the runtime's "An error occurred while executing the state
 * ..." prefix. Messages marked "recorded" were captured from AWS; the others follow the same
 * sentence by analogy and are listed as guesses in the package notes.
 */
final class QueryEvaluationErrors {
    private QueryEvaluationErrors() {
    }

    /** Recorded: {@code $doesNotExist} in Assign/result, Output/result. */
    static JsonataEvaluationException returnedNothing(String expression, String field) {
        return new JsonataEvaluationException(field, sentence(expression, field) + " returned nothing (undefined).");
    }

    /**
     * Recorded for Items: "Expected 'array', but was 'null' for value: null" (and number, object,
     * string, boolean). The same sentence for other expected types is a guess.
     */
    static JsonataEvaluationException unexpectedType(String expression, String field, String expected, JsonNode value) {
        return new JsonataEvaluationException(field, sentence(expression, field)
                + " returned an unexpected result type. Expected '" + expected + "', but was '"
                + Json.typeName(value) + "' for value: " + Json.write(value));
    }

    /** Recorded (T1006 for an undefined function; T0410, T0412, D3086 per third-party records). */
    static JsonataEvaluationException threw(String expression, String field, JsonataErrorText error) {
        // A coded JSONata error is a sentence of its own ("... evaluation. T1006: ..."); a bare
        // engine limit reads as a continuation ("... evaluation: Expression evaluation ...").
        String separator = error.code() == null ? ": " : ". ";
        return new JsonataEvaluationException(field, sentence(expression, field)
                + " threw an error during evaluation" + separator + error);
    }

    /** Guess, after LocalStack: a function or a regex has no JSON form. */
    static JsonataEvaluationException unsupportedResult(String expression, String field) {
        return new JsonataEvaluationException(field, sentence(expression, field) + " returned an unsupported result type.");
    }

    /** Recorded for Wait Timestamp (JSONata): AWS parses with ISO_OFFSET_DATE_TIME. */
    static JsonataEvaluationException notATimestamp(String field, String value) {
        return new JsonataEvaluationException(field, "The " + field
                + " field cannot be parsed as an ISO-8601 extended offset date-time format string: " + value);
    }

    /** Guess, by analogy with the recorded JSONPath "SecondsPath ... cannot be parsed as a long value". */
    static JsonataEvaluationException notAnInteger(String field, JsonNode value) {
        return new JsonataEvaluationException(field, "The " + field
                + " field cannot be parsed as a long value: " + Json.write(value));
    }

    /** Guess: AWS's wording for a number outside a field's range is not recorded. */
    static JsonataEvaluationException outOfRange(String field, JsonNode value, String range) {
        return new JsonataEvaluationException(field, "The " + field + " field must be " + range
                + " but was: " + Json.write(value));
    }

    private static String sentence(String expression, String field) {
        return "The JSONata expression '" + expression + "' specified for the field '" + field + "'";
    }
}
