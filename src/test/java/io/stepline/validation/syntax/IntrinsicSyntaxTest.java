package io.stepline.validation.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IntrinsicSyntaxTest {
    private final IntrinsicSyntax intrinsics = new IntrinsicSyntax();

    @ParameterizedTest
    @ValueSource(strings = {"States.Format('{} and {}', $.a, 'b')", "States.Format('it\\'s {}', $$.Execution.Id)",
            "States.StringToJson($.s)", "States.JsonToString($)", "States.Array()", "States.Array(1, -2.5, true, null)",
            "States.ArrayPartition($.a, 2)", "States.ArrayContains($.a, $.b)", "States.ArrayRange(1, 9, 2)",
            "States.ArrayGetItem($.a, 0)", "States.ArrayLength($.a)", "States.ArrayUnique($.a)",
            "States.Base64Encode($.s)", "States.Base64Decode('aGk=')", "States.Hash($.s, 'SHA-256')",
            "States.JsonMerge($.a, $.b, false)", "States.MathRandom(1, 9)", "States.MathRandom(1, 9, $.seed)",
            "States.MathAdd($var, 1)", "States.StringSplit($.s, ',')", "States.UUID()",
            "States.ArrayLength(States.Array($.x[?(@.a == 'b, c)')], 2))", "  States.UUID()  "})
    void acceptsEveryIntrinsicWithItsArity(String call) {
        assertThat(intrinsics.problemWith(call)).isNull();
    }

    @Test
    void namesTheUnknownFunctionAndSuggestsTheNearest() {
        assertThat(intrinsics.problemWith("States.Fromat('x')")).contains("unknown intrinsic function 'States.Fromat'");
        assertThat(intrinsics.problemWith("States.format('x')")).contains("did you mean 'States.Format'");
    }

    @Test
    void reportsArity() {
        assertThat(intrinsics.problemWith("States.MathAdd(1)")).isEqualTo("States.MathAdd takes 2 arguments, got 1");
        assertThat(intrinsics.problemWith("States.MathRandom(1, 2, 3, 4)")).contains("States.MathRandom takes");
        // AWS accepts and ignores arguments to States.UUID, so validation does too.
        assertThat(intrinsics.problemWith("States.UUID(1)")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"States.Format('{}', $.a", "States.Array('x)", "States.Array(1) tail", "States.Array(1,,2)",
            "States.Array(foo)", "States.Array($.a b)", "States.Array(1.2.3)", "States.Array", "States.Array(,)"})
    void rejectsMalformedCalls(String call) {
        assertThat(intrinsics.problemWith(call)).isNotNull();
    }
}
