package io.stepline.expression.choice;

import io.stepline.expression.EvaluationScope;
import io.stepline.expression.path.CompiledPath;

/**
 * {@code IsPresent}: whether the Variable selects anything. The only data test that never fails
 * on a missing field (spec: "no exception is thrown and the Choice Rule just returns false").
 * A field holding JSON {@code null} is present (recorded on AWS).
 */
record PresenceRule(CompiledPath variable, boolean expected) implements CompiledRule {

    @Override
    public boolean test(EvaluationScope scope) {
        return (variable.find(scope) != null) == expected;
    }
}
