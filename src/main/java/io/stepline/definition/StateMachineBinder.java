package io.stepline.definition;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.definition.choice.And;
import io.stepline.definition.choice.ChoiceBranch;
import io.stepline.definition.choice.ChoiceRule;
import io.stepline.definition.choice.Comparison;
import io.stepline.definition.choice.ComparisonOperator;
import io.stepline.definition.choice.JsonataCondition;
import io.stepline.definition.choice.Not;
import io.stepline.definition.choice.Or;
import io.stepline.definition.source.AslDocument;
import io.stepline.definition.source.SourceMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a document that passed validation into the model. It does not judge: a document
 * that was not validated may bind to nonsense or fail with {@link IllegalArgumentException}.
 */
public final class StateMachineBinder {
    private final AslDocument document;

    private StateMachineBinder(AslDocument document) {
        this.document = document;
    }

    public static StateMachine bind(AslDocument document) {
        return new StateMachineBinder(document).machine();
    }

    private StateMachine machine() {
        JsonNode root = document.root();
        QueryLanguage language = root.has("QueryLanguage")
                ? QueryLanguage.fromAslName(root.get("QueryLanguage").asText())
                : QueryLanguage.JSONPATH;
        Integer timeout = root.has("TimeoutSeconds") ? root.get("TimeoutSeconds").asInt() : null;
        return new StateMachine(text(root, "Comment"), text(root, "Version"), language, timeout,
                graph(root, "", language));
    }

    private StateGraph graph(JsonNode node, String pointer, QueryLanguage inherited) {
        JsonNode states = required(node, "States", pointer);
        Map<String, State> bound = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = states.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String statePointer = SourceMap.child(pointer + "/States", field.getKey());
            bound.put(field.getKey(), state(field.getKey(), field.getValue(), statePointer, inherited));
        }
        return new StateGraph(required(node, "StartAt", pointer).asText(),
                Collections.unmodifiableMap(bound), origin(pointer));
    }

    private State state(String name, JsonNode node, String pointer, QueryLanguage inherited) {
        QueryLanguage language = node.has("QueryLanguage")
                ? QueryLanguage.fromAslName(node.get("QueryLanguage").asText())
                : inherited;
        String type = required(node, "Type", pointer).asText();
        StateInfo info = new StateInfo(name, type, text(node, "Comment"), language, origin(pointer));
        DataFlow io = dataFlow(node);
        return switch (type) {
            case "Pass" -> new PassState(info, io, node.get("Result"), transition(node));
            case "Task" -> new TaskState(info, io, required(node, "Resource", pointer).asText(),
                    node.get("Credentials"),
                    source(node, "TimeoutSeconds", "TimeoutSecondsPath"),
                    source(node, "HeartbeatSeconds", "HeartbeatSecondsPath"),
                    retriers(node, pointer), catchers(node, pointer), transition(node));
            case "Choice" -> new ChoiceState(info, io, choices(node, pointer, language), text(node, "Default"));
            case "Wait" -> wait(info, io, node);
            case "Succeed" -> new SucceedState(info, io);
            case "Fail" -> new FailState(info, source(node, "Error", "ErrorPath"), source(node, "Cause", "CausePath"));
            case "Parallel" -> new ParallelState(info, io, branches(node, pointer, language),
                    retriers(node, pointer), catchers(node, pointer), transition(node));
            case "Map" -> map(info, io, node, pointer, language);
            default -> throw new IllegalArgumentException(pointer + ": unknown state type " + type);
        };
    }

    private WaitState wait(StateInfo info, DataFlow io, JsonNode node) {
        ValueSource seconds = source(node, "Seconds", "SecondsPath");
        if (seconds != null) {
            return new WaitState(info, io, WaitState.Until.SECONDS, seconds, transition(node));
        }
        return new WaitState(info, io, WaitState.Until.TIMESTAMP, source(node, "Timestamp", "TimestampPath"),
                transition(node));
    }

    private MapState map(StateInfo info, DataFlow io, JsonNode node, String pointer, QueryLanguage language) {
        boolean legacy = node.has("Iterator");
        String processorField = legacy ? "Iterator" : "ItemProcessor";
        JsonNode processor = required(node, processorField, pointer);
        JsonNode config = processor.path("ProcessorConfig");
        MapState.ProcessorMode mode = "DISTRIBUTED".equals(config.path("Mode").asText())
                ? MapState.ProcessorMode.DISTRIBUTED : MapState.ProcessorMode.INLINE;
        ValueSource items;
        if (node.has("Items")) {
            items = literalOrJsonata(node.get("Items"));
        } else {
            items = new ValueSource.FromPath(node.has("ItemsPath") ? node.get("ItemsPath").asText() : DataFlow.ROOT);
        }
        // Map's legacy "Parameters" is the ItemSelector of today: it shapes each item, not the state input.
        JsonNode itemSelector = node.has("ItemSelector") ? node.get("ItemSelector") : node.get("Parameters");
        DataFlow mapIo = new DataFlow(io.inputPath(), null, io.resultSelector(), io.resultPath(),
                io.outputPath(), io.arguments(), io.output(), io.assign());
        return new MapState(info, mapIo, items, itemSelector,
                graph(processor, pointer + "/" + processorField, language), mode,
                config.has("ExecutionType") ? config.get("ExecutionType").asText() : null,
                source(node, "MaxConcurrency", "MaxConcurrencyPath"),
                source(node, "ToleratedFailureCount", "ToleratedFailureCountPath"),
                source(node, "ToleratedFailurePercentage", "ToleratedFailurePercentagePath"),
                node.get("ItemReader"), node.get("ItemBatcher"), node.get("ResultWriter"), text(node, "Label"),
                retriers(node, pointer), catchers(node, pointer), transition(node));
    }

    private List<StateGraph> branches(JsonNode node, String pointer, QueryLanguage language) {
        JsonNode branches = required(node, "Branches", pointer);
        List<StateGraph> graphs = new ArrayList<>();
        for (int i = 0; i < branches.size(); i++) {
            graphs.add(graph(branches.get(i), pointer + "/Branches/" + i, language));
        }
        return List.copyOf(graphs);
    }

    private DataFlow dataFlow(JsonNode node) {
        return new DataFlow(path(node, "InputPath"), node.get("Parameters"), node.get("ResultSelector"),
                path(node, "ResultPath"), path(node, "OutputPath"),
                node.get("Arguments"), node.get("Output"), node.get("Assign"));
    }

    /** "$" when absent, Java null when JSON null, else the path. */
    private static String path(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null) {
            return DataFlow.ROOT;
        }
        return value.isNull() ? null : value.asText();
    }

    private static Transition transition(JsonNode node) {
        JsonNode next = node.get("Next");
        return next != null ? Transition.next(next.asText()) : Transition.END;
    }

    /** The literal field, else its {@code ...Path} twin, else null. */
    private static ValueSource source(JsonNode node, String literalField, String pathField) {
        if (node.has(literalField)) {
            return literalOrJsonata(node.get(literalField));
        }
        if (node.has(pathField)) {
            return new ValueSource.FromPath(node.get(pathField).asText());
        }
        return null;
    }

    private static ValueSource literalOrJsonata(JsonNode value) {
        String expression = JsonataText.expressionOf(value);
        return expression != null ? new ValueSource.FromJsonata(expression) : new ValueSource.Literal(value);
    }

    private List<Retrier> retriers(JsonNode node, String pointer) {
        JsonNode retry = node.get("Retry");
        if (retry == null) {
            return List.of();
        }
        List<Retrier> retriers = new ArrayList<>();
        for (int i = 0; i < retry.size(); i++) {
            JsonNode r = retry.get(i);
            retriers.add(new Retrier(strings(r.get("ErrorEquals")),
                    r.path("IntervalSeconds").asInt(1),
                    r.path("MaxAttempts").asInt(3),
                    r.path("BackoffRate").asDouble(2.0),
                    r.has("MaxDelaySeconds") ? r.get("MaxDelaySeconds").asInt() : null,
                    "FULL".equals(r.path("JitterStrategy").asText()) ? Retrier.JitterStrategy.FULL
                            : Retrier.JitterStrategy.NONE,
                    origin(pointer + "/Retry/" + i)));
        }
        return List.copyOf(retriers);
    }

    private List<Catcher> catchers(JsonNode node, String pointer) {
        JsonNode catches = node.get("Catch");
        if (catches == null) {
            return List.of();
        }
        List<Catcher> catchers = new ArrayList<>();
        for (int i = 0; i < catches.size(); i++) {
            JsonNode c = catches.get(i);
            catchers.add(new Catcher(strings(c.get("ErrorEquals")), c.path("Next").asText(), path(c, "ResultPath"),
                    c.get("Output"), c.get("Assign"), origin(pointer + "/Catch/" + i)));
        }
        return List.copyOf(catchers);
    }

    private List<ChoiceBranch> choices(JsonNode node, String pointer, QueryLanguage language) {
        JsonNode choices = required(node, "Choices", pointer);
        List<ChoiceBranch> branches = new ArrayList<>();
        for (int i = 0; i < choices.size(); i++) {
            JsonNode c = choices.get(i);
            String rulePointer = pointer + "/Choices/" + i;
            branches.add(new ChoiceBranch(rule(c, rulePointer, language), c.path("Next").asText(),
                    c.get("Assign"), c.get("Output"), origin(rulePointer)));
        }
        return List.copyOf(branches);
    }

    private ChoiceRule rule(JsonNode node, String pointer, QueryLanguage language) {
        if (node.has("Condition") || language == QueryLanguage.JSONATA) {
            return new JsonataCondition(node.get("Condition"), origin(pointer));
        }
        if (node.has("And")) {
            return new And(rules(node.get("And"), pointer + "/And", language), origin(pointer));
        }
        if (node.has("Or")) {
            return new Or(rules(node.get("Or"), pointer + "/Or", language), origin(pointer));
        }
        if (node.has("Not")) {
            return new Not(rule(node.get("Not"), pointer + "/Not", language), origin(pointer));
        }
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            ComparisonOperator operator = ComparisonOperator.byAslName(name);
            if (operator != null) {
                return new Comparison(node.path("Variable").asText(), operator, node.get(name), origin(pointer));
            }
        }
        throw new IllegalArgumentException(pointer + ": choice rule has no comparison operator");
    }

    private List<ChoiceRule> rules(JsonNode array, String pointer, QueryLanguage language) {
        List<ChoiceRule> rules = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            rules.add(rule(array.get(i), pointer + "/" + i, language));
        }
        return List.copyOf(rules);
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        if (array != null) {
            array.forEach(v -> values.add(v.asText()));
        }
        return List.copyOf(values);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static JsonNode required(JsonNode node, String field, String pointer) {
        JsonNode value = node.get(field);
        if (value == null) {
            throw new IllegalArgumentException(pointer + ": missing " + field + " (validate before binding)");
        }
        return value;
    }

    private Origin origin(String pointer) {
        return new Origin(pointer, document.positionOf(pointer));
    }
}
