package io.stepline.expression.intrinsic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.stepline.expression.EvaluationException;
import java.util.Map;

/** Shorthands the intrinsic tests share: evaluate a call on JSON input, expect a value or a failure. */
final class Intrinsics {
    /** Test inputs are written relaxed, {a: ['x', 1]}; values parse to the same node types as the engine's. */
    private static final JsonMapper RELAXED = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES)
            .build();

    private Intrinsics() {
    }

    static JsonNode json(String text) {
        try {
            return RELAXED.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("bad test JSON: " + text, e);
        }
    }

    static TestScope scope(String inputJson) {
        return new TestScope(json(inputJson), json("{\"Execution\":{\"Name\":\"run-1\"}}"), Map.of());
    }

    static JsonNode evaluate(String call, String inputJson) {
        try {
            return IntrinsicParser.parse(call).evaluate(scope(inputJson));
        } catch (IntrinsicSyntaxException | EvaluationException e) {
            throw new AssertionError(call + " failed: " + e.getMessage(), e);
        }
    }

    static JsonNode evaluate(String call) {
        return evaluate(call, "{}");
    }

    /** Asserts the call evaluates to the given JSON (compared as JSON values). */
    static void assertResult(String call, String inputJson, String expectedJson) {
        assertThat(evaluate(call, inputJson)).as(call).isEqualTo(json(expectedJson));
    }

    static void assertResult(String call, String expectedJson) {
        assertResult(call, "{}", expectedJson);
    }

    /** The run-time failure of a call that parses. */
    static EvaluationException failure(String call, String inputJson) {
        IntrinsicExpression expression;
        try {
            expression = IntrinsicParser.parse(call);
        } catch (IntrinsicSyntaxException e) {
            throw new AssertionError(call + " should parse: " + e.getMessage(), e);
        }
        EvaluationException failure = catchThrowableOfType(EvaluationException.class,
                () -> expression.evaluate(scope(inputJson)));
        assertThat(failure).as(call + " should fail").isNotNull();
        return failure;
    }

    /** Asserts AWS's cause for arguments a function rejects, quoting the failing call. */
    static void assertInvalidArguments(String call, String inputJson, String failingCall, String function) {
        EvaluationException failure = failure(call, inputJson);
        assertThat(failure.error()).isEqualTo("States.Runtime");
        assertThat(failure.getMessage()).isEqualTo("There was an error while evaluating the intrinsic function: "
                + failingCall + ". Invalid arguments in " + function);
    }

    /** The same, for a top-level call that is itself the failing one. */
    static void assertInvalidArguments(String call, String inputJson) {
        assertInvalidArguments(call, inputJson, call, call.substring(0, call.indexOf('(')));
    }

    static IntrinsicSyntaxException syntaxError(String text) {
        IntrinsicSyntaxException error = catchThrowableOfType(IntrinsicSyntaxException.class,
                () -> IntrinsicParser.parse(text));
        assertThat(error).as(text + " should not parse").isNotNull();
        return error;
    }
}
