package io.stepline.expression.choice;

import io.stepline.expression.EvaluationException;
import io.stepline.expression.EvaluationScope;
import java.util.List;

/**
 * {@code And}: stops at the first false rule, as the spec requires ("ceasing array processing
 * when the boolean value has been unambiguously determined"). The order matters to users: an
 * {@code IsPresent} guard placed first keeps a later comparison from failing on a missing field.
 */
record AndRule(List<CompiledRule> rules) implements CompiledRule {

    AndRule {
        rules = List.copyOf(rules);
    }

    @Override
    public boolean test(EvaluationScope scope) throws EvaluationException {
        for (CompiledRule rule : rules) {
            if (!rule.test(scope)) {
                return false;
            }
        }
        return true;
    }
}
