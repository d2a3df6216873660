package io.stepline.expression.choice;

import static io.stepline.expression.choice.ChoiceFixtures.test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stepline.expression.EvaluationException;
import org.junit.jupiter.api.Test;

class BooleanExpressionTest {
    private static final String TRUE = "{\"Variable\":\"$.t\",\"BooleanEquals\":true}";
    private static final String FALSE = "{\"Variable\":\"$.f\",\"BooleanEquals\":true}";
    /** Fails with States.Runtime: $.missing is not in the input. */
    private static final String FAILING = "{\"Variable\":\"$.missing\",\"StringEquals\":\"x\"}";
    private static final String INPUT = "{\"t\":true,\"f\":false}";

    @Test
    void andHoldsWhenEveryRuleHolds() throws EvaluationException {
        assertThat(test("{\"And\":[" + TRUE + "," + TRUE + "]}", INPUT)).isTrue();
        assertThat(test("{\"And\":[" + TRUE + "," + FALSE + "]}", INPUT)).isFalse();
        assertThat(test("{\"And\":[" + FALSE + "," + TRUE + "]}", INPUT)).isFalse();
    }

    @Test
    void orHoldsWhenAnyRuleHolds() throws EvaluationException {
        assertThat(test("{\"Or\":[" + FALSE + "," + TRUE + "]}", INPUT)).isTrue();
        assertThat(test("{\"Or\":[" + FALSE + "," + FALSE + "]}", INPUT)).isFalse();
    }

    @Test
    void notInverts() throws EvaluationException {
        assertThat(test("{\"Not\":" + TRUE + "}", INPUT)).isFalse();
        assertThat(test("{\"Not\":" + FALSE + "}", INPUT)).isTrue();
        assertThat(test("{\"Not\":{\"Not\":" + TRUE + "}}", INPUT)).isTrue();
    }

    @Test
    void andStopsAtTheFirstFalseRule() throws EvaluationException {
        assertThat(test("{\"And\":[" + FALSE + "," + FAILING + "]}", INPUT)).isFalse();
    }

    @Test
    void orStopsAtTheFirstTrueRule() throws EvaluationException {
        assertThat(test("{\"Or\":[" + TRUE + "," + FAILING + "]}", INPUT)).isTrue();
    }

    @Test
    void anIsPresentGuardKeepsALaterComparisonFromFailing() throws EvaluationException {
        String guarded = "{\"And\":[{\"Variable\":\"$.missing\",\"IsPresent\":true}," + FAILING + "]}";
        assertThat(test(guarded, INPUT)).isFalse();
    }

    @Test
    void anErrorIsNotSwallowedByAnyCombinator() {
        for (String rule : new String[] {
            "{\"And\":[" + TRUE + "," + FAILING + "]}",
            "{\"Or\":[" + FALSE + "," + FAILING + "]}",
            "{\"Not\":" + FAILING + "}",
        }) {
            assertThatThrownBy(() -> test(rule, INPUT)).as(rule)
                    .isInstanceOf(EvaluationException.class)
                    .hasMessageContaining("Invalid path '$.missing'");
        }
    }

    @Test
    void nestedExpressionsFromTheSpecExample() throws EvaluationException {
        String inTwenties = "{\"And\":["
                + "{\"Variable\":\"$.value\",\"IsPresent\":true},"
                + "{\"Variable\":\"$.value\",\"IsNumeric\":true},"
                + "{\"Variable\":\"$.value\",\"NumericGreaterThanEquals\":20},"
                + "{\"Variable\":\"$.value\",\"NumericLessThan\":30}]}";
        assertThat(test(inTwenties, "{\"type\":\"Private\",\"value\":22}")).isTrue();
        assertThat(test(inTwenties, "{\"type\":\"Private\",\"value\":30}")).isFalse();
        assertThat(test(inTwenties, "{\"type\":\"Private\",\"value\":\"22\"}")).isFalse();
        assertThat(test(inTwenties, "{\"type\":\"Private\"}")).isFalse();
    }
}
