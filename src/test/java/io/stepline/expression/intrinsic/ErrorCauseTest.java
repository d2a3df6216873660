package io.stepline.expression.intrinsic;

import static io.stepline.expression.intrinsic.Intrinsics.assertInvalidArguments;
import static io.stepline.expression.intrinsic.Intrinsics.failure;
import static io.stepline.expression.intrinsic.Intrinsics.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.stepline.expression.EvaluationException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The causes AWS gives when a call fails at run time. AWS names the error States.Runtime (not
 * States.IntrinsicFailure) and quotes the call that failed.
 */
class ErrorCauseTest {

    @Test
    void invalidArgumentsNameTheFunction() {
        EvaluationException failure = failure("States.MathAdd($.a, $.b)", "{a: 1, b: 'NOT A NUMBER'}");

        assertThat(failure.error()).isEqualTo("States.Runtime");
        assertThat(failure.getMessage()).isEqualTo("There was an error while evaluating the intrinsic function:"
                + " States.MathAdd($.a, $.b). Invalid arguments in States.MathAdd");
    }

    @Test
    void theInnermostFailingCallIsQuoted() {
        assertInvalidArguments("States.Format('{}', States.ArrayGetItem(States.Array(1, 2), 5))", "{}",
                "States.ArrayGetItem(States.Array(1, 2), 5)", "States.ArrayGetItem");
    }

    @Test
    void theCallIsQuotedWithArgumentsAsWrittenAndCommaSpaced() {
        assertInvalidArguments("States.ArrayGetItem( 'it\\'s' ,1.50 )", "{}",
                "States.ArrayGetItem('it\\'s', 1.50)", "States.ArrayGetItem");
    }

    @Test
    void aPathThatSelectsNothingNamesThePathAndTheInput() {
        EvaluationException failure = failure("States.Hash($.missing, 'SHA-256')", "{}");

        assertThat(failure.error()).isEqualTo("States.Runtime");
        assertThat(failure.getMessage()).isEqualTo("There was an error while evaluating the intrinsic function:"
                + " States.Hash($.missing, 'SHA-256'). The JsonPath argument for the field '$.missing' could not be"
                + " found in the input '{}'");
        assertThat(failure("States.Array($$.Execution.Nope)", "{a: 1}").getMessage()).endsWith(
                "The JsonPath argument for the field '$$.Execution.Nope' could not be found in the input"
                        + " '{\"Execution\":{\"Name\":\"run-1\"}}'");
    }

    @Test
    void anUndefinedVariableKeepsThePathLayersCause() throws Exception {
        IntrinsicExpression expression = IntrinsicParser.parse("States.Array($nope.a)");
        EvaluationException failure = catchThrowableOfType(EvaluationException.class,
                () -> expression.evaluate(new TestScope(json("{}"), json("{}"), Map.of())));

        assertThat(failure.error()).isEqualTo("States.Runtime");
        assertThat(failure.getMessage()).isEqualTo("Invalid path '$nope.a' : The variable 'nope' is not defined.");
    }

    @Test
    void aVariablePathThatSelectsNothingNamesTheVariablesValue() throws Exception {
        IntrinsicExpression expression = IntrinsicParser.parse("States.Array($v.missing)");
        EvaluationException failure = catchThrowableOfType(EvaluationException.class,
                () -> expression.evaluate(new TestScope(json("{}"), json("{}"), Map.of("v", json("{a: 1}")))));

        assertThat(failure.getMessage()).endsWith("The JsonPath argument for the field '$v.missing' could not be found"
                + " in the input '{\"a\":1}'");
    }
}
