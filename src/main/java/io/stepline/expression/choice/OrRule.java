package io.stepline.expression.choice;

import io.stepline.expression.EvaluationException;
import io.stepline.expression.EvaluationScope;
import java.util.List;

/** {@code Or}: stops at the first true rule, so later rules are never read (see {@link AndRule}). */
record OrRule(List<CompiledRule> rules) implements CompiledRule {

    OrRule {
        rules = List.copyOf(rules);
    }

    @Override
    public boolean test(EvaluationScope scope) throws EvaluationException {
        for (CompiledRule rule : rules) {
            if (rule.test(scope)) {
                return true;
            }
        }
        return false;
    }
}
