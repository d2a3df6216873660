package io.stepline.runtime.history;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * What a history event says, one record per shape of AWS's {@code ...EventDetails}. Values are
 * kept as JSON trees; they become AWS's JSON strings only when a history is written out.
 */
public sealed interface EventDetails {

    EventDetails NONE = new None();

    record None() implements EventDetails {
    }

    record ExecutionStarted(JsonNode input, String roleArn, String stateMachineArn) implements EventDetails {
    }

    record ExecutionSucceeded(JsonNode output) implements EventDetails {
    }

    record ExecutionRedriven(int redriveCount) implements EventDetails {
    }

    /** Error and cause, either possibly null: executions, Lambda functions and task time-outs. */
    record Failure(String error, String cause) implements EventDetails {
    }

    record StateEntered(String name, JsonNode input) implements EventDetails {
    }

    record StateExited(String name, JsonNode output, Map<String, JsonNode> assignedVariables)
            implements EventDetails {
    }

    record TaskScheduled(String resourceType, String resource, String region, JsonNode parameters,
            Long timeoutInSeconds, Long heartbeatInSeconds) implements EventDetails {
    }

    record TaskStarted(String resourceType, String resource) implements EventDetails {
    }

    record TaskSucceeded(String resourceType, String resource, JsonNode output) implements EventDetails {
    }

    record TaskSubmitted(String resourceType, String resource, JsonNode output) implements EventDetails {
    }

    record TaskFailed(String resourceType, String resource, String error, String cause) implements EventDetails {
    }

    record LambdaScheduled(String resource, JsonNode input, Long timeoutInSeconds) implements EventDetails {
    }

    record LambdaSucceeded(JsonNode output) implements EventDetails {
    }

    record MapStarted(int length) implements EventDetails {
    }

    record MapIteration(String name, int index) implements EventDetails {
    }
}
