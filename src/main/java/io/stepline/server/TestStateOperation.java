package io.stepline.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepline.engine.DefinitionException;
import io.stepline.engine.Pipeline;
import io.stepline.engine.RunOptions;
import io.stepline.engine.Stepline;
import io.stepline.json.Json;
import io.stepline.runtime.ExecutionResult;
import io.stepline.runtime.history.EventDetails;
import io.stepline.runtime.history.HistoryEvent;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * TestState: runs one state on an input, as AWS does. The state becomes a one-state machine
 * whose transitions lead to stand-in Pass states (one per target), so the run shows which state
 * would come next; retries are not run (a matching retrier gives RETRIABLE, as on AWS).
 */
final class TestStateOperation {
    private static final String STAND_IN = "__stepline_next__";
    private final Stepline engine;

    TestStateOperation(Stepline engine) {
        this.engine = engine;
    }

    JsonNode call(JsonNode request) throws AwsError {
        JsonNode state = parseState(AwsJson.required(request, "definition"));
        JsonNode input = AwsJson.document(request, "input", "InvalidExecutionInput");
        String level = AwsJson.optional(request, "inspectionLevel");
        ObjectNode tested = state.deepCopy();
        JsonNode retriers = tested.remove("Retry");
        Set<String> targets = new LinkedHashSet<>();
        redirect(tested, targets);
        ObjectNode machine = Json.NODES.objectNode().put("StartAt", "TestedState");
        ObjectNode states = machine.putObject("States");
        states.set("TestedState", tested);
        for (String target : targets) {
            states.putObject(STAND_IN + target).put("Type", "Pass").put("End", true);
        }
        Pipeline pipeline;
        try {
            pipeline = engine.load("TestState.asl.json", "TestState", Json.write(machine), Map.of(), List.of());
        } catch (DefinitionException e) {
            throw new AwsError("InvalidDefinition", "Invalid State Definition: '" + String.join("; ", e.problems()) + "'");
        }
        ExecutionResult result = pipeline.run(input, new RunOptions(null, true, true));
        return response(result, input, retriers, level);
    }

    private static JsonNode parseState(String text) throws AwsError {
        try {
            JsonNode state = Json.parse(text);
            if (!state.isObject() || !state.path("Type").isTextual()) {
                throw new AwsError("InvalidDefinition", "Invalid State Definition: a state is an object with a Type");
            }
            return state;
        } catch (JsonProcessingException e) {
            throw new AwsError("InvalidDefinition", "Invalid State Definition: " + e.getOriginalMessage());
        }
    }

    /** Points every transition of the state (Next, Default, Choices, Catch) at a stand-in. */
    private static void redirect(ObjectNode state, Set<String> targets) {
        if (state.has("Next")) {
            targets.add(state.path("Next").asText());
            state.put("Next", STAND_IN + state.path("Next").asText());
        }
        if (state.has("Default")) {
            targets.add(state.path("Default").asText());
            state.put("Default", STAND_IN + state.path("Default").asText());
        }
        for (String list : new String[] {"Choices", "Catch"}) {
            if (state.get(list) instanceof ArrayNode items) {
                for (JsonNode item : items) {
                    if (item instanceof ObjectNode rule && rule.has("Next")) {
                        targets.add(rule.path("Next").asText());
                        rule.put("Next", STAND_IN + rule.path("Next").asText());
                    }
                }
            }
        }
    }

    private static JsonNode response(ExecutionResult result, JsonNode input, JsonNode retriers, String level) {
        ObjectNode out = AwsJson.object();
        String next = null;
        boolean failedInState = false;
        for (HistoryEvent event : result.history()) {
            if (event.details() instanceof EventDetails.StateEntered entered && entered.name().startsWith(STAND_IN)) {
                next = entered.name().substring(STAND_IN.length());
            }
            if (event.details() instanceof EventDetails.Failure && next == null) {
                failedInState = true;
            }
        }
        if (result.succeeded()) {
            out.put("status", failedInState && next != null ? "CAUGHT_ERROR" : "SUCCEEDED");
            if (result.output() != null) {
                out.put("output", Json.write(result.output()));
            }
            if (next != null) {
                out.put("nextState", next);
            }
        } else {
            out.put("status", retriable(retriers, result.error()) ? "RETRIABLE" : "FAILED");
            if (result.error() != null) {
                out.put("error", result.error());
            }
            if (result.cause() != null) {
                out.put("cause", result.cause());
            }
        }
        if (level != null && !level.equals("INFO")) {
            ObjectNode inspection = out.putObject("inspectionData").put("input", Json.write(input));
            if (result.output() != null) {
                inspection.put("result", Json.write(result.output()));
            }
        }
        return out;
    }

    private static boolean retriable(JsonNode retriers, String error) {
        if (retriers == null || error == null) {
            return false;
        }
        for (JsonNode retrier : retriers) {
            for (JsonNode name : retrier.path("ErrorEquals")) {
                boolean matches = name.asText().equals(error)
                        || (name.asText().equals("States.ALL") && !error.equals("States.Runtime"));
                if (matches && retrier.path("MaxAttempts").asInt(3) > 0) {
                    return true;
                }
            }
        }
        return false;
    }
}
