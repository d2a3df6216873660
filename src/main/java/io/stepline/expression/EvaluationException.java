package io.stepline.expression;

/**
 * An expression failed at run time with an ASL error name ({@code States.Runtime},
 * {@code States.QueryEvaluationError}, {@code States.IntrinsicFailure}, ...). The message is the
 * detail AWS prints after "An error occurred while executing the state '...' ...": the runtime
 * adds that prefix, because only it knows the state and event id.
 */
public class EvaluationException extends Exception {
    private final String error;

    public EvaluationException(String error, String message) {
        super(message, null, false, false);
        this.error = error;
    }

    public String error() {
        return error;
    }

    public static EvaluationException runtime(String message) {
        return new EvaluationException("States.Runtime", message);
    }

    public static EvaluationException queryEvaluation(String message) {
        return new EvaluationException("States.QueryEvaluationError", message);
    }

    public static EvaluationException intrinsicFailure(String message) {
        return new EvaluationException("States.IntrinsicFailure", message);
    }
}
