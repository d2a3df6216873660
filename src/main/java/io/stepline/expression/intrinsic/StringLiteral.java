package io.stepline.expression.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.stepline.expression.EvaluationScope;

/**
 * A quoted string. {@code raw} keeps the escapes as written ({@code \{} is a brace, not half a
 * placeholder), which is what {@code States.Format} needs from its template; {@code value} is the
 * unescaped text every other function sees.
 */
record StringLiteral(String raw, TextNode value) implements Argument {

    @Override
    public String source() {
        return "'" + raw + "'";
    }

    @Override
    public JsonNode evaluate(EvaluationScope scope) {
        return value;
    }
}
