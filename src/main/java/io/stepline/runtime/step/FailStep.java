package io.stepline.runtime.step;

import io.stepline.expression.EvaluationException;
import io.stepline.runtime.StateVisit;
import io.stepline.runtime.error.StateFailure;
import io.stepline.runtime.history.HistoryEventType;
import io.stepline.runtime.io.DynamicText;

/** Fail: ends the execution with Error and Cause (each optional, literal or computed). */
public final class FailStep extends StateStep {
    private final DynamicText error;
    private final DynamicText cause;

    public FailStep(String name, DynamicText error, DynamicText cause) {
        super(name, null, HistoryEventType.FailStateEntered, null);
        this.error = error;
        this.cause = cause;
    }

    @Override
    protected void run(StateVisit visit) throws StateFailure {
        try {
            String errorText = error == null ? null : error.resolve(visit);
            String causeText = cause == null ? null : cause.resolve(visit);
            throw new StateFailure(errorText, causeText);
        } catch (EvaluationException e) {
            throw visit.failure(e);
        }
    }
}
