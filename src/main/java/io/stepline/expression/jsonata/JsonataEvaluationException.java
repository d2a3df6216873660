package io.stepline.expression.jsonata;

import io.stepline.expression.EvaluationException;

/**
 * A JSONata field failed with {@code States.QueryEvaluationError}. Besides AWS's message it
 * carries the field's location ({@code Output/result}, {@code Items}), which AWS also reports on
 * its own in the {@code EvaluationFailed} history event.
 */
public final class JsonataEvaluationException extends EvaluationException {
    private final String location;

    JsonataEvaluationException(String location, String message) {
        super("States.QueryEvaluationError", message);
        this.location = location;
    }

    /** The field path the failing expression was written in. */
    public String location() {
        return location;
    }
}
