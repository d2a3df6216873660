package io.stepline.expression.choice;

import static io.stepline.expression.choice.ChoiceFixtures.input;
import static io.stepline.expression.choice.ChoiceFixtures.test;
import static org.assertj.core.api.Assertions.assertThat;

import io.stepline.expression.EvaluationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumericComparisonTest {

    @ParameterizedTest(name = "{0} {1} {2} is {3}")
    @CsvSource({
        // Integers and decimals compare by value (recorded on AWS: 1 = 1.0, 0 = 0.0).
        "1, NumericEquals, 1.0, true",
        "0.0, NumericEquals, 0, true",
        "1.1, NumericEquals, 1, false",
        "2.22, NumericEquals, 2.22, true",
        "1e2, NumericEquals, 100, true",
        "-0, NumericEquals, 0, true",
        "-0.0, NumericEquals, 0.0, true",
        "0.1, NumericEquals, 0.10, true",
        "0, NumericLessThan, 0.0, false",
        "-1, NumericLessThan, 0, true",
        "0.5, NumericLessThan, 1, true",
        "1, NumericLessThanEquals, 1.0, true",
        "1.0000001, NumericLessThanEquals, 1, false",
        "1, NumericGreaterThan, 0, true",
        "1, NumericGreaterThan, 1, false",
        "0.0, NumericGreaterThanEquals, 0, true",
        "-2.5, NumericGreaterThanEquals, -2.4, false",
    })
    void comparesByValue(String value, String operator, String operand, boolean expected)
            throws EvaluationException {
        String rule = "{\"Variable\":\"$.v\",\"" + operator + "\":" + operand + "}";
        assertThat(test(rule, input(value))).isEqualTo(expected);
    }

    @Test
    void largeIntegersCompareExactly() throws EvaluationException {
        // 2^53 + 1 is not a double; it still differs from 2^53 and orders after it.
        String rule = "{\"Variable\":\"$.v\",\"NumericGreaterThan\":9007199254740992}";
        assertThat(test(rule, input("9007199254740993"))).isTrue();
        String beyondLong = "{\"Variable\":\"$.v\",\"NumericLessThan\":123456789012345678901234567890}";
        assertThat(test(beyondLong, input("123456789012345678901234567889"))).isTrue();
        assertThat(test(beyondLong, input("1.5e29"))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"1\"", "\"\"", "null", "true", "false", "[1]", "{\"a\":1}"})
    void aValueOfAnotherTypeIsNeverEqualOrOrdered(String value) throws EvaluationException {
        for (String operator : new String[] {"NumericEquals", "NumericLessThan", "NumericGreaterThan",
                "NumericLessThanEquals", "NumericGreaterThanEquals"}) {
            String rule = "{\"Variable\":\"$.v\",\"" + operator + "\":1}";
            assertThat(test(rule, input(value))).as(operator + " on " + value).isFalse();
        }
    }

    @Test
    void pathVariantsCompareTwoNumbersOfTheInput() throws EvaluationException {
        assertThat(test("{\"Variable\":\"$.a\",\"NumericEqualsPath\":\"$.b\"}", "{\"a\":1,\"b\":1.0}")).isTrue();
        assertThat(test("{\"Variable\":\"$.a\",\"NumericLessThanPath\":\"$.b\"}", "{\"a\":0,\"b\":1}")).isTrue();
        assertThat(test("{\"Variable\":\"$.a\",\"NumericLessThanPath\":\"$.b\"}", "{\"a\":0.0,\"b\":0}")).isFalse();
        assertThat(test("{\"Variable\":\"$.a\",\"NumericGreaterThanEqualsPath\":\"$.b\"}",
                "{\"a\":1,\"b\":1}")).isTrue();
    }

    @Test
    void aPathOperandThatIsNotANumberMakesTheComparisonFalse() throws EvaluationException {
        String rule = "{\"Variable\":\"$.a\",\"NumericEqualsPath\":\"$.b\"}";
        assertThat(test(rule, "{\"a\":1,\"b\":\"1\"}")).isFalse();
        assertThat(test(rule, "{\"a\":1,\"b\":true}")).isFalse();
    }
}
