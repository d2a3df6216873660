package io.stepline.expression.jsonata;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.expression.EvaluationScope;
import io.stepline.json.Json;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** An evaluation scope over fixed values that counts how often the costly parts are read. */
final class TestScope implements EvaluationScope {
    private final JsonNode input;
    private final JsonNode context;
    private final Map<String, JsonNode> variables = new HashMap<>();
    final AtomicInteger contextReads = new AtomicInteger();
    final Map<String, AtomicInteger> variableReads = new HashMap<>();

    TestScope(JsonNode input, JsonNode context) {
        this.input = input;
        this.context = context;
    }

    static TestScope of(String inputJson) {
        return new TestScope(json(inputJson), json("{\"Execution\":{\"Id\":\"arn:aws:states:execution:1\"}}"));
    }

    TestScope with(String name, String valueJson) {
        variables.put(name, json(valueJson));
        return this;
    }

    JsonataBindings bindings() {
        return JsonataBindings.of(this);
    }

    @Override
    public JsonNode input() {
        return input;
    }

    @Override
    public JsonNode context() {
        contextReads.incrementAndGet();
        return context;
    }

    @Override
    public JsonNode variable(String name) {
        variableReads.computeIfAbsent(name, n -> new AtomicInteger()).incrementAndGet();
        return variables.get(name);
    }

    static JsonNode json(String text) {
        try {
            return Json.parse(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(text, e);
        }
    }
}
