package io.stepline.expression.choice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.expression.EvaluationException;
import io.stepline.expression.EvaluationScope;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A Variable that selects nothing fails the state with States.Runtime, as AWS does:
 * "Invalid path '$.x': The choice state's condition path references an invalid value."
 */
class MissingPathTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"Variable\":\"$.x\",\"StringEquals\":\"a\"}",
        "{\"Variable\":\"$.x\",\"StringMatches\":\"*\"}",
        "{\"Variable\":\"$.x\",\"NumericEquals\":1}",
        "{\"Variable\":\"$.x\",\"BooleanEquals\":true}",
        "{\"Variable\":\"$.x\",\"TimestampEquals\":\"2012-10-09T19:00:55Z\"}",
        "{\"Variable\":\"$.x\",\"IsNull\":true}",
        "{\"Variable\":\"$.x\",\"NumericEqualsPath\":\"$.y\"}",
    })
    void aMissingVariableFailsWithStatesRuntime(String rule) {
        assertThatThrownBy(() -> ChoiceFixtures.test(rule, "{\"y\":1}"))
                .isInstanceOfSatisfying(EvaluationException.class,
                        e -> assertThat(e.error()).isEqualTo("States.Runtime"))
                .hasMessage("Invalid path '$.x': The choice state's condition path references an invalid value.");
    }

    @Test
    void aFieldBelowAScalarIsMissing() {
        assertThatThrownBy(() -> ChoiceFixtures.test("{\"Variable\":\"$.a.b\",\"NumericEquals\":1}", "{\"a\":5}"))
                .hasMessage("Invalid path '$.a.b': The choice state's condition path references an invalid value.");
    }

    @Test
    void theWholeInputIsAlwaysPresent() throws EvaluationException {
        assertThat(ChoiceFixtures.test("{\"Variable\":\"$\",\"StringEquals\":\"No messages\"}", "\"No messages\""))
                .isTrue();
    }

    @Test
    void contextObjectAndVariablesAreReadToo() throws EvaluationException {
        JsonNode context = ChoiceFixtures.json("{\"Execution\":{\"Name\":\"run-1\"}}");
        EvaluationScope scope = new TestScope(ChoiceFixtures.json("{}"), context,
                Map.of("answer", ChoiceFixtures.json("42"), "guess", ChoiceFixtures.json("{\"n\":42}")));
        assertThat(ChoiceFixtures.compile("{\"Variable\":\"$$.Execution.Name\",\"StringEquals\":\"run-1\"}")
                .test(scope)).isTrue();
        assertThat(ChoiceFixtures.compile("{\"Variable\":\"$guess.n\",\"NumericEqualsPath\":\"$answer\"}")
                .test(scope)).isTrue();
        assertThat(ChoiceFixtures.compile("{\"Variable\":\"$unset\",\"IsPresent\":true}").test(scope)).isFalse();
        assertThatThrownBy(() -> ChoiceFixtures.compile("{\"Variable\":\"$unset\",\"IsNull\":true}").test(scope))
                .hasMessage("Invalid path '$unset': The choice state's condition path references an invalid value.");
        assertThatThrownBy(() -> ChoiceFixtures.compile("{\"Variable\":\"$$.Execution.Nope\",\"IsNull\":true}")
                .test(scope))
                .hasMessageContaining("Invalid path '$$.Execution.Nope'");
    }

    @Test
    void aMissingOperandPathFailsEvenWhenTheVariableHasAnotherType() {
        assertThatThrownBy(() -> ChoiceFixtures.test("{\"Variable\":\"$.a\",\"NumericLessThanPath\":\"$.b\"}",
                "{\"a\":\"not a number\"}"))
                .hasMessage("Invalid path '$.b': The choice state's condition path references an invalid value.");
    }
}
