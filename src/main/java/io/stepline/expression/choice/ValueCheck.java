package io.stepline.expression.choice;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.expression.EvaluationException;
import io.stepline.expression.EvaluationScope;

/** What one comparison operator asks of the value its Variable selected. */
@FunctionalInterface
interface ValueCheck {

    /**
     * @param value the Variable's value, never null (JSON {@code null} is a {@code NullNode})
     * @param scope for the {@code ...Path} operators, which read their operand at run time
     */
    boolean test(JsonNode value, EvaluationScope scope) throws EvaluationException;
}
