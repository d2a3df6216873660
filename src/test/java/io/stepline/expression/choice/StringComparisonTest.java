package io.stepline.expression.choice;

import static io.stepline.expression.choice.ChoiceFixtures.input;
import static io.stepline.expression.choice.ChoiceFixtures.test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stepline.expression.EvaluationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StringComparisonTest {

    @Test
    void equalsIsExactWithNoFoldingOrTrimming() throws EvaluationException {
        assertThat(test("{\"Variable\":\"$.v\",\"StringEquals\":\"Hello\"}", input("\"Hello\""))).isTrue();
        assertThat(test("{\"Variable\":\"$.v\",\"StringEquals\":\"Hello\"}", input("\"hello\""))).isFalse();
        assertThat(test("{\"Variable\":\"$.v\",\"StringEquals\":\"Hello\"}", input("\"Hello \""))).isFalse();
        assertThat(test("{\"Variable\":\"$.v\",\"StringEquals\":\"\\t\\r\\n\"}", input("\"\\t\\n\""))).isFalse();
    }

    @Test
    void unicodeFormsAreNotNormalised() throws EvaluationException {
        // "é" precomposed (U+00E9) versus "e" + combining acute (U+0065 U+0301).
        assertThat(test("{\"Variable\":\"$.v\",\"StringEquals\":\"\\u00e9\"}", input("\"e\\u0301\""))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"null", "0", "1.5", "true", "[]", "[\"a\"]", "{}", "{\"a\":\"a\"}"})
    void aValueOfAnotherTypeIsNeitherEqualNorOrdered(String value) throws EvaluationException {
        for (String operator : new String[] {"StringEquals", "StringLessThan", "StringGreaterThan",
                "StringLessThanEquals", "StringGreaterThanEquals"}) {
            String rule = "{\"Variable\":\"$.v\",\"" + operator + "\":\"a\"}";
            assertThat(test(rule, input(value))).as(operator + " on " + value).isFalse();
        }
    }

    @Test
    void orderIsLexicographicAndAPrefixComesFirst() throws EvaluationException {
        assertThat(test("{\"Variable\":\"$.v\",\"StringLessThan\":\"AB\"}", input("\"A\""))).isTrue();
        assertThat(test("{\"Variable\":\"$.v\",\"StringLessThan\":\"A\"}", input("\"AB\""))).isFalse();
        assertThat(test("{\"Variable\":\"$.v\",\"StringLessThan\":\"\"}", input("\"\""))).isFalse();
        assertThat(test("{\"Variable\":\"$.v\",\"StringLessThanEquals\":\"\"}", input("\"\""))).isTrue();
        assertThat(test("{\"Variable\":\"$.v\",\"StringGreaterThan\":\"A\"}", input("\"a\""))).isTrue();
        assertThat(test("{\"Variable\":\"$.v\",\"StringGreaterThanEquals\":\"AB\"}", input("\"A\""))).isFalse();
    }

    @Test
    void orderIsByUtf16CodeUnitAsJavaCompareTo() throws EvaluationException {
        // U+FFFF is one code unit 0xFFFF; U+1F600 is the surrogate pair 0xD83D 0xDE00. By code
        // point the emoji is greater, by UTF-16 code unit (String.compareTo, which the AWS guide
        // cites) it is smaller.
        String rule = "{\"Variable\":\"$.v\",\"StringLessThan\":\"\\uffff\"}";
        assertThat(test(rule, input("\"\\ud83d\\ude00\""))).isTrue();
    }

    @Test
    void pathVariantsCompareTwoValuesOfTheInput() throws EvaluationException {
        String lessThan = "{\"Variable\":\"$.a\",\"StringLessThanPath\":\"$.b\"}";
        assertThat(test(lessThan, "{\"a\":\"A\",\"b\":\"AB\"}")).isTrue();
        assertThat(test(lessThan, "{\"a\":\"AB\",\"b\":\"A\"}")).isFalse();
        assertThat(test("{\"Variable\":\"$.a\",\"StringEqualsPath\":\"$.b\"}", "{\"a\":\"x\",\"b\":\"x\"}")).isTrue();
        assertThat(test("{\"Variable\":\"$.a\",\"StringGreaterThanEqualsPath\":\"$.b\"}",
                "{\"a\":\"\",\"b\":\"\"}")).isTrue();
    }

    @Test
    void aPathOperandOfAnotherTypeMakesTheComparisonFalse() throws EvaluationException {
        String rule = "{\"Variable\":\"$.a\",\"StringEqualsPath\":\"$.b\"}";
        assertThat(test(rule, "{\"a\":\"1\",\"b\":1}")).isFalse();
        assertThat(test(rule, "{\"a\":\"null\",\"b\":null}")).isFalse();
    }

    @Test
    void aPathOperandThatSelectsNothingFailsLikeAMissingVariable() {
        String rule = "{\"Variable\":\"$.a\",\"StringEqualsPath\":\"$.b\"}";
        assertThatThrownBy(() -> test(rule, "{\"a\":\"x\"}"))
                .isInstanceOf(EvaluationException.class)
                .hasMessage("Invalid path '$.b': The choice state's condition path references an invalid value.");
    }
}
