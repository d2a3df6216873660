package io.stepline.connector;

/**
 * A task attempt failed with an ASL error name (e.g. {@code Lambda.ServiceException},
 * {@code Spark.AnalysisException}) and a cause a person can act on. Retry and Catch match it.
 */
public class TaskFailedException extends Exception {
    private final String error;
    private final String cause;

    public TaskFailedException(String error, String cause) {
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
}
