package io.stepline.expression.jsonata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** JSONata failures are reported with jsonata-js 2.0.6 wording, whatever dashjoin's own text says. */
class JsonataErrorTextTest {

    private static final String SENTENCE = "The JSONata expression '%s' specified for the field 'Output' threw an error"
            + " during evaluation. %s";

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // Recorded against AWS by Floci.
            "$abs(\"x\")           | T0410: Argument 1 of function \"abs\" does not match function signature",
            "$sum(['a'])           | T0412: Argument 1 of function \"sum\" must be an array of \"numbers\"",
            // jsonata-js wording for the same failures.
            "$join([1,2])          | T0412: Argument 1 of function \"join\" must be an array of \"strings\"",
            "\"a\" + 1             | T2001: The left side of the \"+\" operator must evaluate to a number",
            "1 - \"a\"             | T2002: The right side of the \"-\" operator must evaluate to a number",
            "-\"a\"                | D1002: Cannot negate a non-numeric value: \"a\"",
            "{\"a\":1, \"a\":2}    | D1009: Multiple key definitions evaluate to same key: \"a\"",
            "{1: 2}                | T1003: Key in object structure must evaluate to a string; got: 1",
            "1 < \"a\"             | T2009: The values 1 and \"a\" either side of operator \"<\" must be of the same data type",
            "$power(10, 400)       | D3061: The power function has resulted in a value that cannot be represented as a JSON number: base=10, exponent=400",
            "$sqrt(-1)             | D3060: The sqrt function cannot be applied to a negative number: -1",
            "$replace('a', '', 'b') | D3010: Second argument of replace function cannot be an empty string",
            "$formatBase(1, 99)    | D3100: The radix of the formatBase function must be between 2 and 36.  It was given 99",
            "$single([1,2])        | D3138: The $single() function expected exactly 1 matching result.  Instead it matched more.",
            "$error('boom')        | D3137: boom",
            "1/0                   | D1001: Number out of range: null",
            "$nope()               | T1006: Attempted to invoke a non-function"})
    void failuresUseJsonataWording(String expression, String jsonataError) {
        assertThatThrownBy(() -> JsonataExpression.compile(expression).evaluate(TestScope.of("{}").bindings(), "Output"))
                .isInstanceOf(JsonataEvaluationException.class)
                .hasMessage(SENTENCE.formatted(expression, jsonataError));
    }

    @Test
    void aJavaFailureInsideTheEngineIsStillAQueryEvaluationError() {
        // dashjoin throws NumberFormatException where JSONata raises D3030; the state still fails
        // with States.QueryEvaluationError, which a Catch can handle.
        assertThatThrownBy(() -> JsonataExpression.compile("$number('abc')").evaluate(TestScope.of("{}").bindings(), "Output"))
                .isInstanceOfSatisfying(JsonataEvaluationException.class,
                        e -> assertThat(e.error()).isEqualTo("States.QueryEvaluationError"))
                .hasMessageStartingWith("The JSONata expression '$number('abc')' specified for the field 'Output' threw"
                        + " an error during evaluation: java.lang.NumberFormatException");
    }

    @Test
    void theFunctionNameIsReadBackFromTheCallSite() {
        assertThat(JsonataErrorText.functionNameBefore("$sum(['a'])", 5)).isEqualTo("sum");
        assertThat(JsonataErrorText.functionNameBefore("['a'] ~> $sum ( )", 15)).isEqualTo("sum");
        assertThat(JsonataErrorText.functionNameBefore("(1)", 1)).isNull();
    }
}
