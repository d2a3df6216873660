package io.stepline.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepline.engine.Pipeline;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * AWS's runtime error causes name the state and the id of its entered event ("entered at the
 * event id #N"); the number is only right when every event before it is numbered as AWS does.
 */
@Timeout(60)
class ErrorCausesQuoteEventIdsTest {

    @Test
    void aChoiceWithoutMatchQuotesItsEnteredEvent() {
        Pipeline pipeline = Machines.load("""
                {"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": "B"}, "B": {"Type": "Pass", "Next": "C"},
                  "C": {"Type": "Choice", "Choices": [{"Variable": "$.go", "BooleanEquals": true, "Next": "D"}]},
                  "D": {"Type": "Succeed"}}}
                """, Map.of());

        ExecutionResult result = Machines.runReal(pipeline, "{\"go\": false}");

        assertThat(result.error()).isEqualTo("States.NoChoiceMatched");
        assertThat(result.cause()).startsWith(
                "An error occurred while executing the state 'C' (entered at the event id #6).");
    }

    @Test
    void aFailureInTheSecondMapIterationQuotesTheEventInThatIteration() {
        Pipeline pipeline = Machines.load("""
                {"StartAt": "M", "States": {"M": {"Type": "Map", "End": true, "MaxConcurrency": 1,
                  "ItemProcessor": {"StartAt": "Parse", "States": {"Parse": {"Type": "Pass", "End": true,
                    "Parameters": {"parsed.$": "States.StringToJson($)"}}}}}}}
                """, Map.of());

        ExecutionResult result = Machines.runVirtual(pipeline, "[\"{}\", \"not json\"]");

        assertThat(result.status()).as(Machines.describe(result)).isEqualTo(ExecutionStatus.FAILED);
        // 2 MapStateEntered, 3 MapStateStarted, 4-7 item 0, 8 MapIterationStarted, 9 PassStateEntered
        assertThat(result.cause()).contains("'Parse' (entered at the event id #9)");
    }

    @Test
    void aStateAfterARetriedParallelIsNumberedWithoutEventsForTheRetriedAttempts() {
        Pipeline pipeline = Machines.load("""
                {"StartAt": "P", "States": {
                  "P": {"Type": "Parallel", "Next": "C", "Branches": [
                    {"StartAt": "Stop", "States": {"Stop": {"Type": "Fail", "Error": "Again"}}}],
                    "Retry": [{"ErrorEquals": ["Again"], "MaxAttempts": 1}],
                    "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "C"}]},
                  "C": {"Type": "Choice", "Choices": [{"Variable": "$.go", "IsPresent": true, "Next": "D"}]},
                  "D": {"Type": "Succeed"}}}
                """, Map.of());

        ExecutionResult result = Machines.runVirtual(pipeline, "{}");

        // 2 ParallelStateEntered, 3 Started, 4 Stop, 5 Started, 6 Stop, 7 ParallelStateFailed, 8 Exited, 9 C
        assertThat(result.cause()).as(Machines.describe(result)).contains("'C' (entered at the event id #9)");
    }
}
