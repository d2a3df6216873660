package io.stepline.expression.choice;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.expression.EvaluationScope;
import java.util.Map;

/** A fixed scope: an input, a context object and variables. */
record TestScope(JsonNode input, JsonNode context, Map<String, JsonNode> variables) implements EvaluationScope {

    @Override
    public JsonNode variable(String name) {
        return variables.get(name);
    }
}
