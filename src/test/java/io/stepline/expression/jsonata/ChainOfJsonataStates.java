package io.stepline.expression.jsonata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.stepline.expression.EvaluationScope;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A recorded execution that is only a chain of JSONata states whose whole behaviour is to
 * evaluate their fields: a Pass with Assign/Output, a Task on an echoing Lambda mock with
 * Arguments, a Wait with Seconds/Timestamp, a Map with Items and limits over a pass-through
 * processor. For these, evaluating the fields in order is equivalent to the full run, so a
 * recorded case can check this package alone. Anything else is not a chain.
 */
final class ChainOfJsonataStates {
    private static final Map<String, Set<String>> SUPPORTED_FIELDS = Map.of(
            "Pass", Set.of("Assign", "Output"),
            "Task", Set.of("Resource", "Arguments"),
            "Wait", Set.of("Seconds", "Timestamp"),
            "Map", Set.of("Items", "MaxConcurrency", "ToleratedFailureCount", "ToleratedFailurePercentage", "ItemProcessor"));
    private static final Set<String> COMMON_FIELDS = Set.of("Type", "Next", "End", "Comment", "QueryLanguage");

    private record Step(String name, JsonNode state) {
    }

    private final List<Step> steps;

    private ChainOfJsonataStates(List<Step> steps) {
        this.steps = steps;
    }

    static Optional<ChainOfJsonataStates> of(JsonNode testCase) {
        JsonNode definition = testCase.get("definition");
        String machineLanguage = definition.path("QueryLanguage").asText("JSONPath");
        List<Step> steps = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        boolean evaluatesSomething = false;
        String name = definition.path("StartAt").asText();
        while (true) {
            JsonNode state = definition.path("States").path(name);
            if (!seen.add(name) || !state.isObject()
                    || !state.path("QueryLanguage").asText(machineLanguage).equals("JSONata")
                    || !isSupported(state, testCase.path("mocks"))) {
                return Optional.empty();
            }
            steps.add(new Step(name, state));
            evaluatesSomething |= SUPPORTED_FIELDS.get(state.get("Type").textValue()).stream().anyMatch(state::has);
            if (state.path("End").asBoolean(false)) {
                return evaluatesSomething ? Optional.of(new ChainOfJsonataStates(steps)) : Optional.empty();
            }
            name = state.path("Next").asText();
        }
    }

    private static boolean isSupported(JsonNode state, JsonNode mocks) {
        Set<String> allowed = SUPPORTED_FIELDS.get(state.path("Type").asText());
        if (allowed == null) {
            return false;
        }
        for (String field : (Iterable<String>) state::fieldNames) {
            if (!allowed.contains(field) && !COMMON_FIELDS.contains(field)) {
                return false;
            }
        }
        return switch (state.get("Type").textValue()) {
            case "Task" -> mocks.path(state.path("Resource").asText()).path("echo").asBoolean(false);
            case "Map" -> state.has("Items") && isPassThrough(state.path("ItemProcessor"));
            default -> true;
        };
    }

    private static boolean isPassThrough(JsonNode processor) {
        JsonNode only = processor.path("States").path(processor.path("StartAt").asText());
        return processor.path("States").size() == 1 && only.size() == 2
                && only.path("Type").asText().equals("Pass") && only.path("End").asBoolean(false);
    }

    /** Runs the chain; a failing field surfaces as a {@link StateFailure} naming its state. */
    JsonNode run(JsonNode executionInput) throws StateFailure {
        Map<String, JsonNode> variables = new HashMap<>();
        JsonNode input = executionInput;
        for (Step step : steps) {
            try {
                input = run(step.state(), input, variables);
            } catch (JsonataEvaluationException e) {
                throw new StateFailure(step.name(), e);
            }
        }
        return input;
    }

    private static JsonNode run(JsonNode state, JsonNode input, Map<String, JsonNode> variables)
            throws JsonataEvaluationException {
        JsonataBindings bindings = JsonataBindings.of(new Scope(input, Map.copyOf(variables)));
        JsonNode output = switch (state.get("Type").textValue()) {
            case "Task" -> state.has("Arguments") ? field(state, "Arguments").value(bindings) : input;
            case "Wait" -> wait(state, bindings, input);
            case "Map" -> map(state, bindings);
            default -> input;
        };
        JsonataBindings after = bindings.withResult(output);
        for (Map.Entry<String, JsonNode> assign : state.path("Assign").properties()) {
            variables.put(assign.getKey(), JsonataTemplate.compile(assign.getValue()).evaluate(after, "Assign/" + assign.getKey()));
        }
        return state.has("Output") ? field(state, "Output").value(after) : output;
    }

    private static JsonNode wait(JsonNode state, JsonataBindings bindings, JsonNode input) throws JsonataEvaluationException {
        if (state.has("Seconds")) {
            field(state, "Seconds").integer(bindings, 0, 99_999_999);
        }
        if (state.has("Timestamp")) {
            field(state, "Timestamp").timestamp(bindings);
        }
        return input;
    }

    private static JsonNode map(JsonNode state, JsonataBindings bindings) throws JsonataEvaluationException {
        JsonNode items = field(state, "Items").array(bindings);
        if (state.has("MaxConcurrency")) {
            field(state, "MaxConcurrency").integer(bindings, 0, Integer.MAX_VALUE);
        }
        if (state.has("ToleratedFailureCount")) {
            field(state, "ToleratedFailureCount").integer(bindings, 0, Integer.MAX_VALUE);
        }
        if (state.has("ToleratedFailurePercentage")) {
            field(state, "ToleratedFailurePercentage").number(bindings, 0, 100);
        }
        return items;
    }

    private static JsonataField field(JsonNode state, String name) {
        return JsonataField.compile(name, state.get(name));
    }

    private record Scope(JsonNode input, Map<String, JsonNode> variables) implements EvaluationScope {
        @Override
        public JsonNode context() {
            return JsonNodeFactory.instance.objectNode();
        }

        @Override
        public JsonNode variable(String name) {
            return variables.get(name);
        }
    }

    /** A field of the named state failed. */
    static final class StateFailure extends Exception {
        private final String state;

        StateFailure(String state, JsonataEvaluationException cause) {
            super(state + ": " + cause.getMessage(), cause);
            this.state = state;
        }

        String state() {
            return state;
        }
    }
}
