package io.stepline.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepline.engine.Pipeline;
import io.stepline.runtime.history.EventDetails;
import io.stepline.runtime.history.HistoryEvent;
import io.stepline.runtime.history.HistoryEventType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Parallel histories. Branch events link to ParallelStateStarted; ParallelStateSucceeded links to
 * the last branch event and does not move the path on, so ParallelStateExited links to that
 * event too (AWS's recording of LocalStack's test_parallel_state). ParallelStateFailed is recorded
 * once the error is not retried, and links to the event that failed. Branches run one after
 * another on virtual time, which makes their ids deterministic.
 */
@Timeout(60)
class HistoryOfParallelTest {

    @Test
    void twoBranchesSucceeding() {
        Pipeline pipeline = Machines.load("""
                {"StartAt": "P", "States": {"P": {"Type": "Parallel", "End": true, "Branches": [
                  {"StartAt": "A", "States": {"A": {"Type": "Pass", "End": true}}},
                  {"StartAt": "B", "States": {"B": {"Type": "Pass", "End": true}}}]}}}
                """, Map.of());

        assertThat(HistoryLines.of(Machines.runVirtual(pipeline, "{}"))).containsExactly(
                "1 ExecutionStarted 0",
                "2 ParallelStateEntered 0 P",
                "3 ParallelStateStarted 2",
                "4 PassStateEntered 3 A",
                "5 PassStateExited 4 A",
                "6 PassStateEntered 3 B",
                "7 PassStateExited 6 B",
                "8 ParallelStateSucceeded 7",
                "9 ParallelStateExited 7 P",
                "10 ExecutionSucceeded 9");
    }

    @Test
    void onRealTimeEachBranchIsAChainFromParallelStateStartedAndTheStateContinuesAfterTheLastEvent() {
        Pipeline pipeline = Machines.load("""
                {"StartAt": "P", "States": {"P": {"Type": "Parallel", "End": true, "Branches": [
                  {"StartAt": "A1", "States": {"A1": {"Type": "Pass", "Next": "A2"}, "A2": {"Type": "Pass", "End": true}}},
                  {"StartAt": "B1", "States": {"B1": {"Type": "Pass", "Next": "B2"}, "B2": {"Type": "Pass", "End": true}}},
                  {"StartAt": "C1", "States": {"C1": {"Type": "Pass", "End": true}}}]}}}
                """, Map.of());

        List<HistoryEvent> events = Machines.runReal(pipeline, "{}").history();

        assertThat(events).hasSize(16);
        Map<String, HistoryEvent> byName = new HashMap<>();
        for (HistoryEvent event : events) {
            assertThat(event.id()).isEqualTo(events.indexOf(event) + 1L);
            assertThat(event.previousEventId()).isLessThan(event.id());
            if (event.details() instanceof EventDetails.StateEntered entered) {
                byName.put(entered.name() + ">", event);
            } else if (event.details() instanceof EventDetails.StateExited exited) {
                byName.put(exited.name() + "<", event);
            }
        }
        assertThat(byName.get("A1>").previousEventId()).isEqualTo(3);
        assertThat(byName.get("B1>").previousEventId()).isEqualTo(3);
        assertThat(byName.get("C1>").previousEventId()).isEqualTo(3);
        assertThat(byName.get("A2>").previousEventId()).isEqualTo(byName.get("A1<").id());
        assertThat(byName.get("B2>").previousEventId()).isEqualTo(byName.get("B1<").id());
        HistoryEvent succeeded = events.get(13);
        assertThat(succeeded.type()).isEqualTo(HistoryEventType.ParallelStateSucceeded);
        assertThat(succeeded.previousEventId()).isEqualTo(13); // the last branch event, whichever branch
        assertThat(events.get(14).type()).isEqualTo(HistoryEventType.ParallelStateExited);
        assertThat(events.get(14).previousEventId()).isEqualTo(13);
    }

    @Test
    void aCaughtBranchFailure() {
        Pipeline pipeline = Machines.load("""
                {"StartAt": "ParallelState", "States": {
                  "ParallelState": {"Type": "Parallel", "Next": "Final", "Branches": [
                    {"StartAt": "Branch1", "States": {
                      "Branch1": {"Type": "Fail", "Error": "FailureType", "Cause": "Cause description"}}}],
                    "Catch": [{"ErrorEquals": ["FailureType"], "Next": "FinalCaught"}]},
                  "FinalCaught": {"Type": "Pass", "End": true},
                  "Final": {"Type": "Pass", "End": true}}}
                """, Map.of());

        assertThat(HistoryLines.of(Machines.runReal(pipeline, "{}"))).containsExactly(
                "1 ExecutionStarted 0",
                "2 ParallelStateEntered 0 ParallelState",
                "3 ParallelStateStarted 2",
                "4 FailStateEntered 3 Branch1",
                "5 ParallelStateFailed 4",
                "6 ParallelStateExited 5 ParallelState",
                "7 PassStateEntered 6 FinalCaught",
                "8 PassStateExited 7 FinalCaught",
                "9 ExecutionSucceeded 8");
    }

    @Test
    void aRetriedParallelRecordsParallelStateFailedOnlyWhenItGivesUp() {
        Pipeline pipeline = Machines.load("""
                {"StartAt": "P", "States": {"P": {"Type": "Parallel", "End": true, "Branches": [
                  {"StartAt": "Stop", "States": {"Stop": {"Type": "Fail", "Error": "Again"}}}],
                  "Retry": [{"ErrorEquals": ["Again"], "MaxAttempts": 1}]}}}
                """, Map.of());

        assertThat(HistoryLines.of(Machines.runVirtual(pipeline, "{}"))).containsExactly(
                "1 ExecutionStarted 0",
                "2 ParallelStateEntered 0 P",
                "3 ParallelStateStarted 2",
                "4 FailStateEntered 3 Stop",
                "5 ParallelStateStarted 4",
                "6 FailStateEntered 5 Stop",
                "7 ParallelStateFailed 6",
                "8 ExecutionFailed 7");
    }
}
