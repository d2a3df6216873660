package io.stepline.expression.choice;

import io.stepline.expression.EvaluationException;
import io.stepline.expression.EvaluationScope;

/**
 * A Choice rule ready to run: immutable and safe to share between threads and executions.
 */
public sealed interface CompiledRule permits AndRule, OrRule, NotRule, PresenceRule, DataTestRule {

    /**
     * True when the rule matches the scope's input (and context object, and variables).
     *
     * @throws EvaluationException {@code States.Runtime} when a path the rule must read selects
     *         nothing (AWS: "Invalid path '$.x': The choice state's condition path references an
     *         invalid value.")
     */
    boolean test(EvaluationScope scope) throws EvaluationException;
}
