package io.stepline.expression.choice;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.expression.EvaluationException;
import io.stepline.expression.EvaluationScope;

/**
 * A {@code StringMatches} whose pattern ends with an open escape. The spec says "the
 * interpreter will throw a runtime error", so the rule compiles and fails when evaluated
 * (validation reports the pattern before a run ever gets here).
 */
record OpenEscapeFailure(String message) implements ValueCheck {

    @Override
    public boolean test(JsonNode value, EvaluationScope scope) throws EvaluationException {
        throw EvaluationException.runtime(message);
    }
}
