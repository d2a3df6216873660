package io.stepline.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepline.engine.Pipeline;
import io.stepline.runtime.history.HistoryEvent;
import io.stepline.runtime.history.HistoryEventType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Inline Map histories, as AWS recorded them for LocalStack's test_map_state, test_map_state_catch
 * and test_map_state_retry (MaxConcurrency 1, so the order is fixed on both timelines).
 * MapIterationSucceeded/Failed do not move the path on: the next iteration starts from the
 * last state event of the one before, and MapStateExited links to what MapStateSucceeded links
 * to. MapStateFailed is recorded once the error is not retried.
 */
@Timeout(60)
class HistoryOfMapTest {

    @ParameterizedTest(name = "virtual time: {0}")
    @ValueSource(booleans = {true, false})
    void eightItemsOneAtATime(boolean virtual) {
        Pipeline pipeline = Machines.load("""
                {"StartAt": "StartState", "States": {
                  "StartState": {"Type": "Pass", "Result": [1, "Hello", {}, null, 3.3, 3, 4, 5],
                    "ResultPath": "$.arr", "Next": "MapState"},
                  "MapState": {"Type": "Map", "ResultPath": null, "InputPath": "$.arr", "MaxConcurrency": 1,
                    "ItemProcessor": {"ProcessorConfig": {"Mode": "INLINE"}, "StartAt": "HandleItem",
                      "States": {"HandleItem": {"Type": "Pass", "End": true}}},
                    "Next": "Final"},
                  "Final": {"Type": "Pass", "End": true}}}
                """, Map.of());
        List<String> expected = new ArrayList<>(List.of(
                "1 ExecutionStarted 0",
                "2 PassStateEntered 0 StartState",
                "3 PassStateExited 2 StartState",
                "4 MapStateEntered 3 MapState",
                "5 MapStateStarted 4"));
        for (int i = 0; i < 8; i++) {
            int started = 6 + 4 * i;
            expected.add(started + " MapIterationStarted " + (i == 0 ? 5 : started - 2) + " MapState#" + i);
            expected.add((started + 1) + " PassStateEntered " + started + " HandleItem");
            expected.add((started + 2) + " PassStateExited " + (started + 1) + " HandleItem");
            expected.add((started + 3) + " MapIterationSucceeded " + (started + 2) + " MapState#" + i);
        }
        expected.addAll(List.of(
                "38 MapStateSucceeded 37",
                "39 MapStateExited 37 MapState",
                "40 PassStateEntered 39 Final",
                "41 PassStateExited 40 Final",
                "42 ExecutionSucceeded 41"));

        ExecutionResult result = virtual ? Machines.runVirtual(pipeline, "{}") : Machines.runReal(pipeline, "{}");

        assertThat(HistoryLines.of(result)).containsExactlyElementsOf(expected);
    }

    @Test
    void onRealTimeWithSeveralWorkersEachIterationIsAChainAndTheMapContinuesAfterTheLastIteration() {
        Pipeline pipeline = Machines.load("""
                {"StartAt": "M", "States": {"M": {"Type": "Map", "End": true, "MaxConcurrency": 3,
                  "ItemProcessor": {"StartAt": "One", "States": {"One": {"Type": "Pass", "Next": "Two"},
                    "Two": {"Type": "Pass", "End": true}}}}}}
                """, Map.of());

        List<HistoryEvent> events = Machines.runReal(pipeline, "[1, 2, 3, 4, 5, 6, 7, 8, 9, 10]").history();

        assertThat(events).hasSize(2 + 1 + 10 * 6 + 3);
        Set<Long> iterationStarts = new HashSet<>(Set.of(3L)); // MapStateStarted, or where an iteration ended
        for (HistoryEvent event : events) {
            assertThat(event.previousEventId()).isLessThan(event.id());
            if (event.type() == HistoryEventType.PassStateExited) {
                iterationStarts.add(event.id());
            }
        }
        assertThat(events).filteredOn(e -> e.type() == HistoryEventType.MapIterationStarted)
                .hasSize(10).allSatisfy(e -> assertThat(iterationStarts).contains(e.previousEventId()));
        HistoryEvent succeeded = events.get(events.size() - 3);
        assertThat(succeeded.type()).isEqualTo(HistoryEventType.MapStateSucceeded);
        assertThat(events.get(events.size() - 4).type()).isEqualTo(HistoryEventType.MapIterationSucceeded);
        assertThat(succeeded.previousEventId()).isEqualTo(succeeded.id() - 1);
        assertThat(events.get(events.size() - 2).previousEventId()).isEqualTo(succeeded.id() - 1);
    }

    @ParameterizedTest(name = "virtual time: {0}")
    @ValueSource(booleans = {true, false})
    void aCaughtItemFailure(boolean virtual) {
        Pipeline pipeline = Machines.load("""
                {"StartAt": "StartState", "States": {
                  "StartState": {"Type": "Pass", "Result": [1], "ResultPath": "$.arr", "Next": "MapState"},
                  "MapState": {"Type": "Map", "InputPath": "$.arr", "MaxConcurrency": 1,
                    "ItemProcessor": {"ProcessorConfig": {"Mode": "INLINE"}, "StartAt": "HandleItemFail",
                      "States": {"HandleItemFail": {"Type": "Fail", "Error": "HandleItemFailError",
                        "Cause": "HandleItemFailCause"}}},
                    "Catch": [{"ErrorEquals": ["HandleItemFailError"], "Next": "FinalCaught"}],
                    "Next": "Final"},
                  "FinalCaught": {"Type": "Pass", "End": true},
                  "Final": {"Type": "Pass", "End": true}}}
                """, Map.of());

        ExecutionResult result = virtual ? Machines.runVirtual(pipeline, "{}") : Machines.runReal(pipeline, "{}");

        assertThat(HistoryLines.of(result)).containsExactly(
                "1 ExecutionStarted 0",
                "2 PassStateEntered 0 StartState",
                "3 PassStateExited 2 StartState",
                "4 MapStateEntered 3 MapState",
                "5 MapStateStarted 4",
                "6 MapIterationStarted 5 MapState#0",
                "7 FailStateEntered 6 HandleItemFail",
                "8 MapIterationFailed 7 MapState#0",
                "9 MapStateFailed 7",
                "10 MapStateExited 9 MapState",
                "11 PassStateEntered 10 FinalCaught",
                "12 PassStateExited 11 FinalCaught",
                "13 ExecutionSucceeded 12");
        assertThat(result.output()).isEqualTo(Machines.json(
                "{\"Error\": \"HandleItemFailError\", \"Cause\": \"HandleItemFailCause\"}"));
    }

    @Test
    void aRetriedMapStartsAgainWithoutMapStateFailedInBetween() {
        Pipeline pipeline = Machines.load("""
                {"StartAt": "StartState", "States": {
                  "StartState": {"Type": "Pass", "Result": [1], "ResultPath": "$.arr", "Next": "MapState"},
                  "MapState": {"Type": "Map", "ResultPath": null, "InputPath": "$.arr", "MaxConcurrency": 1,
                    "ItemProcessor": {"ProcessorConfig": {"Mode": "INLINE"}, "StartAt": "HandleItemFail",
                      "States": {"HandleItemFail": {"Type": "Fail", "Error": "HandleItemFailError",
                        "Cause": "HandleItemFailCause"}}},
                    "Retry": [{"ErrorEquals": ["HandleItemFailError"], "MaxAttempts": 2}],
                    "Next": "Final"},
                  "Final": {"Type": "Pass", "End": true}}}
                """, Map.of());

        ExecutionResult result = Machines.runVirtual(pipeline, "{}");

        assertThat(HistoryLines.of(result)).containsExactly(
                "1 ExecutionStarted 0",
                "2 PassStateEntered 0 StartState",
                "3 PassStateExited 2 StartState",
                "4 MapStateEntered 3 MapState",
                "5 MapStateStarted 4",
                "6 MapIterationStarted 5 MapState#0",
                "7 FailStateEntered 6 HandleItemFail",
                "8 MapIterationFailed 7 MapState#0",
                "9 MapStateStarted 7",
                "10 MapIterationStarted 9 MapState#0",
                "11 FailStateEntered 10 HandleItemFail",
                "12 MapIterationFailed 11 MapState#0",
                "13 MapStateStarted 11",
                "14 MapIterationStarted 13 MapState#0",
                "15 FailStateEntered 14 HandleItemFail",
                "16 MapIterationFailed 15 MapState#0",
                "17 MapStateFailed 15",
                "18 ExecutionFailed 17");
        assertThat(result.error()).isEqualTo("HandleItemFailError");
        assertThat(result.cause()).isEqualTo("HandleItemFailCause");
    }
}
