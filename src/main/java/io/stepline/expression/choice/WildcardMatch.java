package io.stepline.expression.choice;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.expression.EvaluationScope;

/** {@code StringMatches}: a string value matching a precompiled wildcard pattern. */
record WildcardMatch(WildcardPattern pattern) implements ValueCheck {

    @Override
    public boolean test(JsonNode value, EvaluationScope scope) {
        return value.isTextual() && pattern.matches(value.textValue());
    }
}
