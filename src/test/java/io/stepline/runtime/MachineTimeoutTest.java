package io.stepline.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepline.engine.Pipeline;
import io.stepline.runtime.history.HistoryEvent;
import io.stepline.runtime.history.HistoryEventType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The machine-level TimeoutSeconds ends an execution as TIMED_OUT, whatever it is doing. */
@Timeout(60)
class MachineTimeoutTest {

    @Test
    void endsAnExecutionWaitingInAWaitState() {
        Pipeline pipeline = Machines.load("""
                {"TimeoutSeconds": 1, "StartAt": "Sleep", "States": {
                  "Sleep": {"Type": "Wait", "Seconds": 600, "End": true}}}
                """, Map.of());

        assertTimedOut(Machines.runReal(pipeline, "{}"));
    }

    @Test
    void endsAnExecutionStuckInASlowTask() {
        Pipeline pipeline = Machines.load("""
                {"TimeoutSeconds": 1, "StartAt": "Call", "States": {
                  "Call": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:f",
                    "End": true}}}
                """, Map.of("f", TestFunctions.hanging()));

        assertTimedOut(Machines.runReal(pipeline, "{}"));
    }

    @Test
    void isNotCaughtByACatchOnTheSlowTask() {
        Pipeline pipeline = Machines.load("""
                {"TimeoutSeconds": 1, "StartAt": "Call", "States": {
                  "Call": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:f",
                    "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Caught"}], "End": true},
                  "Caught": {"Type": "Pass", "End": true}}}
                """, Map.of("f", TestFunctions.hanging()));

        assertTimedOut(Machines.runReal(pipeline, "{}"));
    }

    @Test
    void endsAnExecutionWhoseParallelBranchesAreWaitingAndWorking() {
        Pipeline pipeline = Machines.load("""
                {"TimeoutSeconds": 1, "StartAt": "P", "States": {"P": {"Type": "Parallel", "End": true,
                  "Branches": [
                    {"StartAt": "Sleep", "States": {"Sleep": {"Type": "Wait", "Seconds": 600, "End": true}}},
                    {"StartAt": "Call", "States": {"Call": {"Type": "Task", "End": true,
                      "Resource": "arn:aws:lambda:us-east-1:123456789012:function:f"}}}]}}}
                """, Map.of("f", TestFunctions.hanging()));

        assertTimedOut(Machines.runReal(pipeline, "{}"));
    }

    private static void assertTimedOut(ExecutionResult result) {
        assertThat(result.status()).as(Machines.describe(result)).isEqualTo(ExecutionStatus.TIMED_OUT);
        assertThat(result.output()).isNull();
        List<HistoryEvent> history = result.history();
        assertThat(history.get(history.size() - 1).type()).isEqualTo(HistoryEventType.ExecutionTimedOut);
    }
}
