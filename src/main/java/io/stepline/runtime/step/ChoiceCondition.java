package io.stepline.runtime.step;

import io.stepline.expression.EvaluationException;
import io.stepline.runtime.StateVisit;

/** A compiled Choice rule, JSONPath comparison or JSONata Condition. */
@FunctionalInterface
public interface ChoiceCondition {
    boolean test(StateVisit visit) throws EvaluationException;
}
