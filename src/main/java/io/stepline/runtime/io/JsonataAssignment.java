package io.stepline.runtime.io;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.expression.jsonata.JsonataBindings;
import io.stepline.expression.jsonata.JsonataEvaluationException;
import io.stepline.expression.jsonata.JsonataTemplate;
import java.util.LinkedHashMap;
import java.util.Map;

/** A JSONata state's Assign: each value a template; all evaluated before any is assigned. */
public record JsonataAssignment(JsonataTemplate template) {

    /** Null when there is no Assign. */
    public static JsonataAssignment compile(JsonNode assign) {
        return assign == null ? null : new JsonataAssignment(JsonataTemplate.compile(assign));
    }

    public Map<String, JsonNode> evaluate(JsonataBindings bindings) throws JsonataEvaluationException {
        JsonNode values = template.evaluate(bindings, "Assign");
        Map<String, JsonNode> assignments = new LinkedHashMap<>();
        values.properties().forEach(e -> assignments.put(e.getKey(), e.getValue()));
        return assignments;
    }
}
