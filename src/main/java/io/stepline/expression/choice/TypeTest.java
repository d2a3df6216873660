package io.stepline.expression.choice;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.expression.EvaluationScope;

/** {@code IsNull}, {@code IsNumeric}, {@code IsString}, {@code IsBoolean}, {@code IsTimestamp}. */
record TypeTest(JsonType type, boolean expected) implements ValueTest {

    @Override
    public boolean test(JsonNode value, EvaluationScope scope) {
        return type.matches(value) == expected;
    }
}
