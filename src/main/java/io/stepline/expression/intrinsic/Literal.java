package io.stepline.expression.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.expression.EvaluationScope;

/** A number, {@code true}, {@code false} or {@code null} written in the call; its node is immutable. */
record Literal(JsonNode value, String source) implements Argument {

    @Override
    public JsonNode evaluate(EvaluationScope scope) {
        return value;
    }
}
