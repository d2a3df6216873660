package io.stepline.expression.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.expression.EvaluationException;
import io.stepline.expression.EvaluationScope;

/** A parsed top-level call with the text it came from. */
record CompiledIntrinsic(String text, FunctionCall call) implements IntrinsicExpression {

    @Override
    public JsonNode evaluate(EvaluationScope scope) throws EvaluationException {
        return call.evaluate(scope);
    }

    @Override
    public String toString() {
        return text;
    }
}
