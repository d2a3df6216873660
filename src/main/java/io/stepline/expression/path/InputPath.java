package io.stepline.expression.path;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.expression.EvaluationException;
import io.stepline.expression.EvaluationScope;

/** {@code $...}: reads the scope's input. */
record InputPath(String text, JsonPathEvaluator evaluator) implements CompiledPath {

    @Override
    public JsonNode read(EvaluationScope scope) throws EvaluationException {
        return evaluator.read(scope.input());
    }

    @Override
    public JsonNode find(EvaluationScope scope) {
        return evaluator.find(scope.input());
    }
}
