package io.stepline.expression.path;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.expression.EvaluationException;
import io.stepline.expression.EvaluationScope;

/** {@code $name...}: reads a workflow variable, then the rest of the path inside it. */
record VariablePath(String text, String name, JsonPathEvaluator evaluator) implements CompiledPath {

    @Override
    public JsonNode read(EvaluationScope scope) throws EvaluationException {
        JsonNode value = scope.variable(name);
        if (value == null) {
            throw EvaluationException.runtime("Invalid path '" + text + "' : The variable '" + name
                    + "' is not defined.");
        }
        return evaluator.read(value);
    }

    @Override
    public JsonNode find(EvaluationScope scope) {
        JsonNode value = scope.variable(name);
        return value == null ? null : evaluator.find(value);
    }
}
