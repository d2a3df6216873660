package io.stepline.expression.choice;

import static io.stepline.expression.choice.ChoiceFixtures.input;
import static io.stepline.expression.choice.ChoiceFixtures.test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stepline.expression.EvaluationException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class TypeTestRulesTest {

    /** A value and which of IsNull, IsNumeric, IsString, IsBoolean, IsTimestamp hold for it. */
    static Stream<Arguments> values() {
        return Stream.of(
                Arguments.of("null", true, false, false, false, false),
                Arguments.of("0", false, true, false, false, false),
                Arguments.of("0.0", false, true, false, false, false),
                Arguments.of("-1.5e3", false, true, false, false, false),
                Arguments.of("\"\"", false, false, true, false, false),
                Arguments.of("\"1\"", false, false, true, false, false),
                Arguments.of("\"null\"", false, false, true, false, false),
                Arguments.of("\"true\"", false, false, true, false, false),
                Arguments.of("\"2012-10-09T19:00:55\"", false, false, true, false, false),
                Arguments.of("\"2012-10-09T19:00:55Z\"", false, false, true, false, true),
                Arguments.of("\"2012-10-09T19:00:55+01:00\"", false, false, true, false, true),
                Arguments.of("\"2012-10-09T19:00:55.5Z\"", false, false, true, false, true),
                Arguments.of("\"2023-02-24\"", false, false, true, false, false),
                Arguments.of("true", false, false, false, true, false),
                Arguments.of("false", false, false, false, true, false),
                Arguments.of("[]", false, false, false, false, false),
                Arguments.of("[null]", false, false, false, false, false),
                Arguments.of("{}", false, false, false, false, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("values")
    void eachTypeTestHoldsForItsTypeOnly(String value, boolean isNull, boolean isNumeric, boolean isString,
            boolean isBoolean, boolean isTimestamp) throws EvaluationException {
        assertType("IsNull", value, isNull);
        assertType("IsNumeric", value, isNumeric);
        assertType("IsString", value, isString);
        assertType("IsBoolean", value, isBoolean);
        assertType("IsTimestamp", value, isTimestamp);
    }

    private static void assertType(String operator, String value, boolean holds) throws EvaluationException {
        assertThat(test("{\"Variable\":\"$.v\",\"" + operator + "\":true}", input(value)))
                .as(operator + ": true on " + value).isEqualTo(holds);
        assertThat(test("{\"Variable\":\"$.v\",\"" + operator + "\":false}", input(value)))
                .as(operator + ": false on " + value).isEqualTo(!holds);
    }

    @ParameterizedTest
    @ValueSource(strings = {"null", "0", "\"\"", "false", "[]", "{}"})
    void isPresentHoldsForAnyValueEvenNull(String value) throws EvaluationException {
        assertThat(test("{\"Variable\":\"$.v\",\"IsPresent\":true}", input(value))).isTrue();
        assertThat(test("{\"Variable\":\"$.v\",\"IsPresent\":false}", input(value))).isFalse();
    }

    @Test
    void isPresentIsFalseForAMissingFieldWithoutFailing() throws EvaluationException {
        assertThat(test("{\"Variable\":\"$.v\",\"IsPresent\":true}", "{}")).isFalse();
        assertThat(test("{\"Variable\":\"$.v\",\"IsPresent\":false}", "{}")).isTrue();
        assertThat(test("{\"Variable\":\"$.a.b.c\",\"IsPresent\":false}", "{\"a\":1}")).isTrue();
        assertThat(test("{\"Variable\":\"$.a[0]\",\"IsPresent\":true}", "{\"a\":[1]}")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"IsNull", "IsNumeric", "IsString", "IsBoolean", "IsTimestamp"})
    void otherTypeTestsFailOnAMissingField(String operator) {
        // The spec exempts only IsPresent from the missing-path error.
        assertThatThrownBy(() -> test("{\"Variable\":\"$.v\",\"" + operator + "\":false}", "{}"))
                .isInstanceOf(EvaluationException.class)
                .hasMessage("Invalid path '$.v': The choice state's condition path references an invalid value.");
    }

    @Test
    void aTypeTestNeedsABooleanOperand() {
        assertThatThrownBy(() -> ChoiceFixtures.compile("{\"Variable\":\"$.v\",\"IsNull\":\"true\"}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("IsNull needs true or false");
    }
}
