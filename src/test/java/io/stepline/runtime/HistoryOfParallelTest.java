package io.stepline.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepline.engine.Pipeline;
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
