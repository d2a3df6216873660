package io.stepline.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepline.connector.function.FunctionError;
import io.stepline.connector.function.LocalFunction;
import io.stepline.engine.Pipeline;
import io.stepline.runtime.history.HistoryEvent;
import io.stepline.runtime.history.HistoryEventType;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Parallel branches on wall-clock time: real threads, and a failing branch stopping its siblings. */
@Timeout(60)
class ParallelOnRealTimeTest {
    private static final String CAUSE = "{\"errorMessage\":\"branch one broke\",\"errorType\":\"Branch.Broken\"}";

    @Test
    void branchesRunAtTheSameTimeOnDifferentThreads() {
        TestFunctions.Rendezvous meet = new TestFunctions.Rendezvous(2);
        Pipeline pipeline = Machines.load("""
                {"StartAt": "P", "States": {"P": {"Type": "Parallel", "End": true, "Branches": [
                  {"StartAt": "A", "States": {"A": {"Type": "Task", "End": true,
                    "Resource": "arn:aws:lambda:us-east-1:123456789012:function:meet"}}},
                  {"StartAt": "B", "States": {"B": {"Type": "Task", "End": true,
                    "Resource": "arn:aws:lambda:us-east-1:123456789012:function:meet"}}}]}}}
                """, Map.of("meet", meet));

        ExecutionResult result = Machines.runReal(pipeline, "{\"x\": 1}");

        assertThat(result.succeeded()).as(Machines.describe(result)).isTrue();
        assertThat(result.output()).isEqualTo(Machines.json("[{\"x\": 1}, {\"x\": 1}]"));
        assertThat(meet.threads()).hasSize(2);
    }

    @Test
    void aFailingBranchCancelsASiblingWaitingTenMinutesAndFailsWithItsOwnError() {
        ExecutionResult result = Machines.runReal(failingBesideLongWait("""
                , "Catch": [{"ErrorEquals": ["Never.Raised"], "Next": "Recovered"}]
                """), "{}");

        assertThat(result.status()).as(Machines.describe(result)).isEqualTo(ExecutionStatus.FAILED);
        assertThat(result.error()).isEqualTo("Branch.Broken");
        assertThat(result.cause()).isEqualTo(CAUSE);
        assertThat(result.history()).extracting(HistoryEvent::type)
                .contains(HistoryEventType.WaitStateEntered, HistoryEventType.ParallelStateFailed)
                .doesNotContain(HistoryEventType.WaitStateExited, HistoryEventType.ParallelStateSucceeded);
    }

    @Test
    void aFailingBranchDoesNotWaitForASiblingStuckInALongTask() {
        ExecutionResult result = Machines.runReal(failingBesideStuckTask("Never.Raised"), "{}");

        assertThat(result.status()).as(Machines.describe(result)).isEqualTo(ExecutionStatus.FAILED);
        assertThat(result.error()).isEqualTo("Branch.Broken");
        assertThat(result.cause()).isEqualTo(CAUSE);
    }

    @Test
    void stoppingTheStuckSiblingLeavesNoInterruptBehindForTheStatesAfterTheParallel() {
        // The stuck branch runs on the calling thread and keeps its interrupt flag set, as well-behaved
        // code does; the Wait after the caught failure runs on that thread too and must not see it.
        ExecutionResult result = Machines.runReal(failingBesideStuckTask("States.ALL"), "{}");

        assertThat(result.succeeded()).as(Machines.describe(result)).isTrue();
        assertThat(result.output().get("error").get("Error").textValue()).isEqualTo("Branch.Broken");
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    /**
     * Branch one is stuck in a ten-minute task on the calling thread (when interrupted, it restores
     * the flag and returns); branch two fails meanwhile.
     */
    private static Pipeline failingBesideStuckTask(String caught) {
        CountDownLatch siblingWorking = new CountDownLatch(1);
        LocalFunction stuck = (payload, control) -> {
            siblingWorking.countDown();
            try {
                Thread.sleep(TimeUnit.MINUTES.toMillis(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return payload;
        };
        LocalFunction breakAfterSibling = (payload, control) -> {
            siblingWorking.await(TestFunctions.LATCH_SECONDS, TimeUnit.SECONDS);
            throw new FunctionError("Branch.Broken", "branch one broke");
        };
        return Machines.load("""
                {"StartAt": "P", "States": {
                  "P": {"Type": "Parallel", "Next": "Done", "Branches": [
                    {"StartAt": "Stuck", "States": {"Stuck": {"Type": "Task", "End": true,
                      "Resource": "arn:aws:lambda:us-east-1:123456789012:function:stuck"}}},
                    {"StartAt": "Break", "States": {"Break": {"Type": "Task", "End": true,
                      "Resource": "arn:aws:lambda:us-east-1:123456789012:function:breakAfterSibling"}}}],
                    "Catch": [{"ErrorEquals": ["%s"], "ResultPath": "$.error", "Next": "Pause"}]},
                  "Pause": {"Type": "Wait", "Seconds": 1, "Next": "Done"},
                  "Done": {"Type": "Succeed"}}}
                """.formatted(caught), Map.of("stuck", stuck, "breakAfterSibling", breakAfterSibling));
    }

    @Test
    void aCatchOnTheParallelCatchesTheBranchError() {
        ExecutionResult result = Machines.runReal(failingBesideLongWait("""
                , "Catch": [{"ErrorEquals": ["States.ALL"], "ResultPath": "$.error", "Next": "Recovered"}]
                """), "{\"run\": 7}");

        assertThat(result.succeeded()).as(Machines.describe(result)).isTrue();
        assertThat(result.output().get("run").intValue()).isEqualTo(7);
        assertThat(result.output().get("error").get("Error").textValue()).isEqualTo("Branch.Broken");
        assertThat(result.output().get("error").get("Cause").textValue()).isEqualTo(CAUSE);
    }

    @Test
    void theBranchErrorIsNotWrappedInStatesBranchFailed() {
        ExecutionResult result = Machines.runReal(failingBesideLongWait("""
                , "Catch": [{"ErrorEquals": ["States.BranchFailed"], "Next": "Recovered"}]
                """), "{}");

        assertThat(result.status()).as(Machines.describe(result)).isEqualTo(ExecutionStatus.FAILED);
        assertThat(result.error()).isEqualTo("Branch.Broken");
    }

    /**
     * Branch one fails once branch two has reached its ten-minute Wait; {@code parallelExtras}
     * adds fields (a Catch) to the Parallel state.
     */
    private static Pipeline failingBesideLongWait(String parallelExtras) {
        CountDownLatch siblingWaiting = new CountDownLatch(1);
        LocalFunction enterWait = (payload, control) -> {
            siblingWaiting.countDown();
            return payload;
        };
        LocalFunction breakAfterSibling = (payload, control) -> {
            siblingWaiting.await(TestFunctions.LATCH_SECONDS, TimeUnit.SECONDS);
            Thread.sleep(50); // let the sibling settle into its Wait; the result holds either way
            throw new FunctionError("Branch.Broken", "branch one broke");
        };
        return Machines.load("""
                {"StartAt": "P", "States": {
                  "P": {"Type": "Parallel", "End": true, "Branches": [
                    {"StartAt": "Break", "States": {"Break": {"Type": "Task", "End": true,
                      "Resource": "arn:aws:lambda:us-east-1:123456789012:function:breakAfterSibling"}}},
                    {"StartAt": "Enter", "States": {
                      "Enter": {"Type": "Task", "Next": "Sleep",
                        "Resource": "arn:aws:lambda:us-east-1:123456789012:function:enterWait"},
                      "Sleep": {"Type": "Wait", "Seconds": 600, "End": true}}}]
                    %s},
                  "Recovered": {"Type": "Pass", "End": true}}}
                """.formatted(parallelExtras), Map.of("enterWait", enterWait, "breakAfterSibling", breakAfterSibling));
    }
}
