package io.stepline.expression.choice;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.expression.EvaluationScope;

/** {@code IsNull}, {@code IsNumeric}, {@code IsString}, {@code IsBoolean}, {@code IsTimestamp}. */
record TypeCheck(JsonType type, boolean expected) implements ValueCheck {

    @Override
    public boolean test(JsonNode value, EvaluationScope scope) {
        return type.matches(value) == expected;
    }
}
