package io.stepline.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepline.connector.function.FunctionError;
import io.stepline.connector.function.LocalFunction;
import io.stepline.engine.Pipeline;
import io.stepline.runtime.history.EventDetails;
import io.stepline.runtime.history.HistoryEvent;
import io.stepline.runtime.history.HistoryEventType;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Event types, ids and previousEventId links of simple shapes, as Step Functions records them
 * (AWS-recorded histories in LocalStack's snapshot tests: the first state's entered event has
 * previousEventId 0, every other event links to the one before it on its path).
 */
@Timeout(60)
class HistoryOfStatesTest {
    private static final LocalFunction ECHO = (payload, control) -> payload;

    @Test
    void passChain() {
        Pipeline pipeline = Machines.load("""
                {"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": "B"}, "B": {"Type": "Pass", "End": true}}}
                """, Map.of());

        assertThat(HistoryLines.of(Machines.runReal(pipeline, "{}"))).containsExactly(
                "1 ExecutionStarted 0",
                "2 PassStateEntered 0 A",
                "3 PassStateExited 2 A",
                "4 PassStateEntered 3 B",
                "5 PassStateExited 4 B",
                "6 ExecutionSucceeded 5");
    }

    @Test
    void taskWithALambdaFunctionArnRecordsLambdaFunctionEvents() {
        Pipeline pipeline = Machines.load("""
                {"StartAt": "Call", "States": {"Call": {"Type": "Task", "End": true,
                  "Resource": "arn:aws:lambda:us-east-1:123456789012:function:echo"}}}
                """, Map.of("echo", ECHO));

        assertThat(HistoryLines.of(Machines.runReal(pipeline, "{}"))).containsExactly(
                "1 ExecutionStarted 0",
                "2 TaskStateEntered 0 Call",
                "3 LambdaFunctionScheduled 2",
                "4 LambdaFunctionStarted 3",
                "5 LambdaFunctionSucceeded 4",
                "6 TaskStateExited 5 Call",
                "7 ExecutionSucceeded 6");
    }

    @Test
    void taskWithTheLambdaInvokeIntegrationRecordsTaskEvents() {
        Pipeline pipeline = Machines.load("""
                {"StartAt": "Call", "States": {"Call": {"Type": "Task", "End": true,
                  "Resource": "arn:aws:states:::lambda:invoke",
                  "Parameters": {"FunctionName": "echo", "Payload.$": "$"}}}}
                """, Map.of("echo", ECHO));

        ExecutionResult result = Machines.runReal(pipeline, "{}");

        assertThat(HistoryLines.of(result)).containsExactly(
                "1 ExecutionStarted 0",
                "2 TaskStateEntered 0 Call",
                "3 TaskScheduled 2",
                "4 TaskStarted 3",
                "5 TaskSucceeded 4",
                "6 TaskStateExited 5 Call",
                "7 ExecutionSucceeded 6");
        EventDetails.TaskScheduled scheduled = (EventDetails.TaskScheduled) result.history().get(2).details();
        assertThat(scheduled.resourceType()).isEqualTo("lambda");
        assertThat(scheduled.resource()).isEqualTo("invoke");
    }

    @Test
    void choiceWaitAndSucceed() {
        Pipeline pipeline = Machines.load("""
                {"StartAt": "Route", "States": {
                  "Route": {"Type": "Choice", "Default": "Pause",
                    "Choices": [{"Variable": "$.skip", "BooleanEquals": true, "Next": "Done"}]},
                  "Pause": {"Type": "Wait", "Seconds": 1, "Next": "Done"},
                  "Done": {"Type": "Succeed"}}}
                """, Map.of());

        assertThat(HistoryLines.of(Machines.runReal(pipeline, "{\"skip\": false}"))).containsExactly(
                "1 ExecutionStarted 0",
                "2 ChoiceStateEntered 0 Route",
                "3 ChoiceStateExited 2 Route",
                "4 WaitStateEntered 3 Pause",
                "5 WaitStateExited 4 Pause",
                "6 SucceedStateEntered 5 Done",
                "7 SucceedStateExited 6 Done",
                "8 ExecutionSucceeded 7");
    }

    @Test
    void aCaughtLambdaErrorExitsTheTaskFromTheFailedEvent() {
        Pipeline pipeline = Machines.load("""
                {"StartAt": "Call", "States": {
                  "Call": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:broken",
                    "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Handled"}], "End": true},
                  "Handled": {"Type": "Pass", "End": true}}}
                """, Map.of("broken", TestFunctions.failing("Exception", "Some exception was raised.")));

        assertThat(HistoryLines.of(Machines.runReal(pipeline, "{}"))).containsExactly(
                "1 ExecutionStarted 0",
                "2 TaskStateEntered 0 Call",
                "3 LambdaFunctionScheduled 2",
                "4 LambdaFunctionStarted 3",
                "5 LambdaFunctionFailed 4",
                "6 TaskStateExited 5 Call",
                "7 PassStateEntered 6 Handled",
                "8 PassStateExited 7 Handled",
                "9 ExecutionSucceeded 8");
    }

    @Test
    void anUncaughtLambdaErrorFailsTheExecutionFromTheFailedEvent() {
        Pipeline pipeline = Machines.load("""
                {"StartAt": "Call", "States": {"Call": {"Type": "Task", "End": true,
                  "Resource": "arn:aws:lambda:us-east-1:123456789012:function:broken"}}}
                """, Map.of("broken", TestFunctions.failing("Exception", "Some exception was raised.")));

        ExecutionResult result = Machines.runReal(pipeline, "{}");

        assertThat(HistoryLines.of(result)).containsExactly(
                "1 ExecutionStarted 0",
                "2 TaskStateEntered 0 Call",
                "3 LambdaFunctionScheduled 2",
                "4 LambdaFunctionStarted 3",
                "5 LambdaFunctionFailed 4",
                "6 ExecutionFailed 5");
        EventDetails.Failure failed = (EventDetails.Failure) result.history().get(5).details();
        assertThat(failed.error()).isEqualTo("Exception");
    }

    @Test
    void aRetriedTaskSchedulesItsNextAttemptAfterTheFailure() {
        AtomicInteger calls = new AtomicInteger();
        LocalFunction failsOnce = (payload, control) -> {
            if (calls.getAndIncrement() == 0) {
                throw new FunctionError("Flaky.Error", "first call");
            }
            return payload;
        };
        Pipeline pipeline = Machines.load("""
                {"StartAt": "Call", "States": {"Call": {"Type": "Task", "End": true,
                  "Resource": "arn:aws:lambda:us-east-1:123456789012:function:flaky",
                  "Retry": [{"ErrorEquals": ["Flaky.Error"], "IntervalSeconds": 5}]}}}
                """, Map.of("flaky", failsOnce));

        assertThat(HistoryLines.of(Machines.runVirtual(pipeline, "{}"))).containsExactly(
                "1 ExecutionStarted 0",
                "2 TaskStateEntered 0 Call",
                "3 LambdaFunctionScheduled 2",
                "4 LambdaFunctionStarted 3",
                "5 LambdaFunctionFailed 4",
                "6 LambdaFunctionScheduled 5",
                "7 LambdaFunctionStarted 6",
                "8 LambdaFunctionSucceeded 7",
                "9 TaskStateExited 8 Call",
                "10 ExecutionSucceeded 9");
    }

    @Test
    void aTimedOutLambdaRecordsLambdaFunctionTimedOutAndItsTimeout() {
        LocalFunction slowMock = (payload, control) -> {
            control.sleep(Duration.ofSeconds(60));
            return payload;
        };
        Pipeline pipeline = Machines.load("""
                {"StartAt": "Call", "States": {"Call": {"Type": "Task", "End": true, "TimeoutSeconds": 5,
                  "Resource": "arn:aws:lambda:us-east-1:123456789012:function:slow"}}}
                """, Map.of("slow", slowMock));

        ExecutionResult result = Machines.runVirtual(pipeline, "{}");

        assertThat(HistoryLines.of(result)).containsExactly(
                "1 ExecutionStarted 0",
                "2 TaskStateEntered 0 Call",
                "3 LambdaFunctionScheduled 2",
                "4 LambdaFunctionStarted 3",
                "5 LambdaFunctionTimedOut 4",
                "6 ExecutionFailed 5");
        EventDetails.LambdaScheduled scheduled = (EventDetails.LambdaScheduled) result.history().get(2).details();
        assertThat(scheduled.timeoutInSeconds()).isEqualTo(5L);
        HistoryEvent timedOut = result.history().get(4);
        assertThat(timedOut.timestamp() - result.history().get(3).timestamp()).isEqualTo(5_000L);
        assertThat(result.history().get(5).type()).isEqualTo(HistoryEventType.ExecutionFailed);
    }

    @Test
    void aFailStateEndsTheExecutionFromItsEnteredEvent() {
        Pipeline pipeline = Machines.load("""
                {"StartAt": "Stop", "States": {"Stop": {"Type": "Fail", "Error": "SomeFailure", "Cause": "why"}}}
                """, Map.of());

        assertThat(HistoryLines.of(Machines.runReal(pipeline, "{}"))).containsExactly(
                "1 ExecutionStarted 0",
                "2 FailStateEntered 0 Stop",
                "3 ExecutionFailed 2");
    }
}
