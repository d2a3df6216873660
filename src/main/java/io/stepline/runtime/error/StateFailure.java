package io.stepline.runtime.error;

import io.stepline.expression.EvaluationException;

/**
 * An ASL error raised while a state runs: what Retry and Catch match on. {@code cause} may be
 * null (AWS then shows an empty Cause in the error output). Carries no stack trace: it is
 * control flow, not a bug.
 */
public final class StateFailure extends Exception {
    private final String error;
    private final String cause;

    public StateFailure(String error, String cause) {
        super(error + (cause == null ? "" : ": " + cause), null, false, false);
        this.error = error;
        this.cause = cause;
    }

    public String error() {
        return error;
    }

    public String cause() {
        return cause;
    }

    /** An expression failure inside a state, with AWS's "An error occurred while executing..." prefix. */
    public static StateFailure inState(String stateName, long enteredEventId, EvaluationException e) {
        return new StateFailure(e.error(), "An error occurred while executing the state '" + stateName
                + "' (entered at the event id #" + enteredEventId + "). " + e.getMessage());
    }
}
