package io.stepline.expression.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.expression.EvaluationScope;
import java.util.Map;

/** An evaluation scope over fixed documents, for tests. */
record TestScope(JsonNode input, JsonNode context, Map<String, JsonNode> variables) implements EvaluationScope {

    @Override
    public JsonNode variable(String name) {
        return variables.get(name);
    }
}
