package io.stepline.expression.choice;

import io.stepline.expression.EvaluationException;
import io.stepline.expression.EvaluationScope;

/** {@code Not}: the inverse of its rule. An error inside is not inverted: it propagates. */
record NotRule(CompiledRule rule) implements CompiledRule {

    @Override
    public boolean test(EvaluationScope scope) throws EvaluationException {
        return !rule.test(scope);
    }
}
