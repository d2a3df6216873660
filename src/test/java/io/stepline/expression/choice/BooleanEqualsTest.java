package io.stepline.expression.choice;

import static io.stepline.expression.choice.ChoiceFixtures.input;
import static io.stepline.expression.choice.ChoiceFixtures.test;
import static org.assertj.core.api.Assertions.assertThat;

import io.stepline.expression.EvaluationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BooleanEqualsTest {

    @Test
    void equalBooleansMatch() throws EvaluationException {
        assertThat(test("{\"Variable\":\"$.v\",\"BooleanEquals\":true}", input("true"))).isTrue();
        assertThat(test("{\"Variable\":\"$.v\",\"BooleanEquals\":false}", input("false"))).isTrue();
        assertThat(test("{\"Variable\":\"$.v\",\"BooleanEquals\":true}", input("false"))).isFalse();
        assertThat(test("{\"Variable\":\"$.v\",\"BooleanEquals\":false}", input("true"))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"true\"", "\"false\"", "1", "0", "null", "\"\"", "[]", "{}"})
    void nothingButABooleanEqualsABoolean(String value) throws EvaluationException {
        // Neither truthiness nor the strings "true"/"false" count (recorded on AWS for 0, 1, "", []).
        assertThat(test("{\"Variable\":\"$.v\",\"BooleanEquals\":true}", input(value))).isFalse();
        assertThat(test("{\"Variable\":\"$.v\",\"BooleanEquals\":false}", input(value))).isFalse();
    }

    @Test
    void pathVariantComparesTwoBooleans() throws EvaluationException {
        String rule = "{\"Variable\":\"$.a\",\"BooleanEqualsPath\":\"$.b\"}";
        assertThat(test(rule, "{\"a\":false,\"b\":false}")).isTrue();
        assertThat(test(rule, "{\"a\":true,\"b\":false}")).isFalse();
        assertThat(test(rule, "{\"a\":0,\"b\":false}")).isFalse();
        assertThat(test(rule, "{\"a\":true,\"b\":\"true\"}")).isFalse();
    }
}
