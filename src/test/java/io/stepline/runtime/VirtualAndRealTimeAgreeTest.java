package io.stepline.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepline.connector.function.FunctionError;
import io.stepline.connector.function.LocalFunction;
import io.stepline.engine.Pipeline;
import io.stepline.runtime.history.EventDetails;
import io.stepline.runtime.history.HistoryEvent;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Virtual time changes how long a run takes, never what it produces. */
@Timeout(60)
class VirtualAndRealTimeAgreeTest {

    /** Fails the first attempt of every call, then doubles its number. */
    private static final LocalFunction FLAKY_DOUBLE = (payload, control) -> {
        if (payload.get("retry").intValue() == 0) {
            throw new FunctionError("Flaky.Error", "first attempt of " + payload.get("n"));
        }
        if (payload.get("n").intValue() == 3) {
            throw new FunctionError("Item.Broken", "three is broken");
        }
        return ((ObjectNode) payload).put("n", payload.get("n").intValue() * 2);
    };

    @Test
    void aMachineWithShortWaitsRetriesAndBranchesGivesTheSameOutputOnBothTimelines() {
        Pipeline pipeline = Machines.load("""
                {"StartAt": "Pause", "States": {
                  "Pause": {"Type": "Wait", "SecondsPath": "$.pause", "Next": "Both"},
                  "Both": {"Type": "Parallel", "Next": "Check", "ResultPath": "$.both", "Branches": [
                    {"StartAt": "Each", "States": {"Each": {"Type": "Map", "End": true, "ItemsPath": "$.numbers",
                      "MaxConcurrency": 2,
                      "ItemSelector": {"n.$": "$$.Map.Item.Value"},
                      "ItemProcessor": {"StartAt": "Double", "States": {
                        "Double": {"Type": "Task", "End": true,
                          "Resource": "arn:aws:lambda:us-east-1:123456789012:function:double",
                          "Parameters": {"n.$": "$.n", "retry.$": "$$.State.RetryCount"},
                          "Retry": [{"ErrorEquals": ["Flaky.Error"], "IntervalSeconds": 1}],
                          "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Broken"}]},
                        "Broken": {"Type": "Pass", "Result": "broken", "End": true}}}}}},
                    {"StartAt": "Short", "States": {"Short": {"Type": "Wait", "Seconds": 1, "Next": "Mark"},
                      "Mark": {"Type": "Pass", "Result": "waited", "End": true}}}]},
                  "Check": {"Type": "Choice", "Default": "Done", "Choices": [
                    {"Variable": "$.both[1]", "StringEquals": "waited", "Next": "Fine"}]},
                  "Fine": {"Type": "Pass", "Result": true, "ResultPath": "$.fine", "Next": "Done"},
                  "Done": {"Type": "Succeed"}}}
                """, Map.of("double", FLAKY_DOUBLE));
        String input = "{\"pause\": 1, \"numbers\": [1, 2, 3, 4]}";

        ExecutionResult real = Machines.runReal(pipeline, input);
        ExecutionResult virtual = Machines.runVirtual(pipeline, input);

        assertThat(real.succeeded()).as(Machines.describe(real)).isTrue();
        assertThat(virtual.output()).isEqualTo(real.output());
        assertThat(real.output()).isEqualTo(Machines.json("""
                {"pause": 1, "numbers": [1, 2, 3, 4], "fine": true,
                 "both": [[{"n": 2, "retry": 1}, {"n": 4, "retry": 1}, "broken", {"n": 8, "retry": 1}], "waited"]}
                """));
    }

    @Test
    void onVirtualTimeAMapTakesAsLongAsItsConcurrencyAllowsAndAParallelAsLongAsItsLongestBranch() {
        Pipeline pipeline = Machines.load("""
                {"StartAt": "Limited", "States": {
                  "Limited": {"Type": "Map", "MaxConcurrency": 2, "ResultPath": null, "Next": "Unlimited",
                    "ItemProcessor": {"StartAt": "Ten", "States": {"Ten": {"Type": "Wait", "Seconds": 10, "End": true}}}},
                  "Unlimited": {"Type": "Map", "ResultPath": null, "Next": "Both",
                    "ItemProcessor": {"StartAt": "Ten2", "States": {"Ten2": {"Type": "Wait", "Seconds": 10, "End": true}}}},
                  "Both": {"Type": "Parallel", "End": true, "Branches": [
                    {"StartAt": "Short", "States": {"Short": {"Type": "Wait", "Seconds": 10, "End": true}}},
                    {"StartAt": "Long", "States": {"Long": {"Type": "Wait", "Seconds": 30, "End": true}}}]}}}
                """, Map.of());

        ExecutionResult result = Machines.runVirtual(pipeline, "[1, 2, 3, 4, 5]");

        assertThat(result.succeeded()).as(Machines.describe(result)).isTrue();
        assertThat(secondsIn(result, "Limited")).isEqualTo(30); // five items, two at a time
        assertThat(secondsIn(result, "Unlimited")).isEqualTo(10);
        assertThat(secondsIn(result, "Both")).isEqualTo(30);
    }

    /** Virtual seconds between a state's entered and exited events. */
    private static long secondsIn(ExecutionResult result, String state) {
        long entered = -1;
        for (HistoryEvent event : result.history()) {
            if (event.details() instanceof EventDetails.StateEntered e && e.name().equals(state)) {
                entered = event.timestamp();
            } else if (event.details() instanceof EventDetails.StateExited e && e.name().equals(state)) {
                return (event.timestamp() - entered) / 1000;
            }
        }
        throw new AssertionError(state + " never exited");
    }

    @Test
    void aFailureGivesTheSameErrorAndCauseOnBothTimelines() {
        Pipeline pipeline = Machines.load("""
                {"StartAt": "P", "States": {"P": {"Type": "Parallel", "End": true, "Branches": [
                  {"StartAt": "Late", "States": {"Late": {"Type": "Wait", "Seconds": 2, "Next": "LateFail"},
                    "LateFail": {"Type": "Fail", "Error": "Late.Error", "Cause": "second"}}},
                  {"StartAt": "Early", "States": {"Early": {"Type": "Wait", "Seconds": 1, "Next": "EarlyFail"},
                    "EarlyFail": {"Type": "Fail", "Error": "Early.Error", "Cause": "first"}}}]}}}
                """, Map.of());

        ExecutionResult real = Machines.runReal(pipeline, "{}");
        ExecutionResult virtual = Machines.runVirtual(pipeline, "{}");

        assertThat(real.error()).as(Machines.describe(real)).isEqualTo("Early.Error");
        assertThat(virtual.error()).isEqualTo(real.error());
        assertThat(virtual.cause()).isEqualTo(real.cause());
    }
}
