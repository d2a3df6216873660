package io.stepline.expression.choice;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.expression.EvaluationException;
import io.stepline.expression.EvaluationScope;
import io.stepline.expression.path.CompiledPath;

/**
 * Every data test but {@code IsPresent}: reads the Variable, fails when it selects nothing,
 * then applies the operator's test to the value.
 */
record DataTestRule(CompiledPath variable, ValueCheck check) implements CompiledRule {

    @Override
    public boolean test(EvaluationScope scope) throws EvaluationException {
        JsonNode value = variable.find(scope);
        if (value == null) {
            throw InvalidPath.of(variable);
        }
        return check.test(value, scope);
    }
}
