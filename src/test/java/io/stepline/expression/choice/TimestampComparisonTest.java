package io.stepline.expression.choice;

import static io.stepline.expression.choice.ChoiceFixtures.input;
import static io.stepline.expression.choice.ChoiceFixtures.test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stepline.expression.EvaluationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimestampComparisonTest {
    private static final String T0 = "\"2012-10-09T19:00:55Z\"";

    @ParameterizedTest(name = "{0} {1} {2} is {3}")
    @CsvSource({
        "2012-10-09T19:00:55Z, TimestampEquals, 2012-10-09T19:00:55Z, true",
        "2012-10-09T19:00:56Z, TimestampEquals, 2012-10-09T19:00:55Z, false",
        "2012-10-09T19:00:55Z, TimestampLessThan, 2012-10-09T19:00:56Z, true",
        "2012-10-09T19:00:56Z, TimestampLessThan, 2012-10-09T19:00:55Z, false",
        "2012-10-09T19:00:55Z, TimestampLessThanEquals, 2012-10-09T19:00:55Z, true",
        "2012-10-09T19:00:55Z, TimestampGreaterThan, 2012-10-09T19:00:56Z, false",
        "2012-10-09T19:00:56Z, TimestampGreaterThanEquals, 2012-10-09T19:00:55Z, true",
        // The same instant written with another offset is equal.
        "2012-10-09T20:00:55+01:00, TimestampEquals, 2012-10-09T19:00:55Z, true",
        "2012-10-09T19:00:55+01:00, TimestampLessThan, 2012-10-09T19:00:55Z, true",
        // Fractions count.
        "2012-10-09T19:00:55.001Z, TimestampGreaterThan, 2012-10-09T19:00:55Z, true",
        "2012-10-09T19:00:55.000Z, TimestampEquals, 2012-10-09T19:00:55Z, true",
    })
    void comparesInstants(String value, String operator, String operand, boolean expected)
            throws EvaluationException {
        String rule = "{\"Variable\":\"$.v\",\"" + operator + "\":\"" + operand + "\"}";
        assertThat(test(rule, input("\"" + value + "\""))).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"null", "1", "1.1", "\"\"", "\" \"", "\"2023-02-24 12:15:56.832957\"",
        "\"2012-10-09T19:00:55\"", "[\"\"]", "{}", "false", "true"})
    void aValueThatIsNotATimestampIsNeitherEqualNorOrdered(String value) throws EvaluationException {
        for (String operator : new String[] {"TimestampEquals", "TimestampLessThan", "TimestampGreaterThan",
                "TimestampLessThanEquals", "TimestampGreaterThanEquals"}) {
            String rule = "{\"Variable\":\"$.v\",\"" + operator + "\":" + T0 + "}";
            assertThat(test(rule, input(value))).as(operator + " on " + value).isFalse();
        }
    }

    @Test
    void pathVariantsCompareTwoTimestampsOfTheInput() throws EvaluationException {
        String t0 = "\"2012-10-09T19:00:55Z\"";
        String t1 = "\"2012-10-09T19:00:56Z\"";
        assertThat(test("{\"Variable\":\"$.a\",\"TimestampEqualsPath\":\"$.b\"}",
                "{\"a\":" + t0 + ",\"b\":" + t0 + "}")).isTrue();
        assertThat(test("{\"Variable\":\"$.a\",\"TimestampLessThanPath\":\"$.b\"}",
                "{\"a\":" + t1 + ",\"b\":" + t0 + "}")).isFalse();
        assertThat(test("{\"Variable\":\"$.a\",\"TimestampGreaterThanPath\":\"$.b\"}",
                "{\"a\":" + t1 + ",\"b\":" + t0 + "}")).isTrue();
        assertThat(test("{\"Variable\":\"$.a\",\"TimestampLessThanEqualsPath\":\"$.b\"}",
                "{\"a\":" + t0 + ",\"b\":\"not a timestamp\"}")).isFalse();
    }

    @Test
    void comparesWithTheContextObject() throws EvaluationException {
        String rule = "{\"Variable\":\"$.deadline\",\"TimestampLessThanPath\":\"$$.State.EnteredTime\"}";
        TestScope scope = new TestScope(ChoiceFixtures.json("{\"deadline\":\"2025-02-03T04:05:06Z\"}"),
                ChoiceFixtures.json("{\"State\":{\"EnteredTime\":\"2025-02-03T04:05:06.111Z\"}}"),
                java.util.Map.of());
        assertThat(ChoiceFixtures.compile(rule).test(scope)).isTrue();
    }

    @Test
    void aLiteralThatIsNotATimestampIsRejectedWhenCompiling() {
        assertThatThrownBy(() -> ChoiceFixtures.compile("{\"Variable\":\"$.v\",\"TimestampEquals\":\"2012-10-09\"}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("/States/Choose/Choices/0")
                .hasMessageContaining("TimestampEquals needs a timestamp operand");
    }
}
