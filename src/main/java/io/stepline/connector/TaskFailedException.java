package io.stepline.connector;

import io.stepline.config.secret.Redactor;

/**
 * A task attempt failed with an ASL error name (e.g. {@code Lambda.ServiceException},
 * {@code Spark.AnalysisException}) and a cause a person can act on. Retry and Catch match it.
 */
public class TaskFailedException extends Exception {
    private final String error;
    private final String cause;

    /**
     * The cause is redacted here, once, for every connector: a driver or server that echoes a
     * resolved secret (a password in a URL, a token in a header dump) cannot carry it into the
     * history, the logs or the UI.
     */
    public TaskFailedException(String error, String cause) {
        this(error, Redactor.redact(cause), true);
    }

    private TaskFailedException(String error, String redactedCause, boolean redacted) {
        super(error + (redactedCause == null ? "" : ": " + redactedCause), null, false, false);
        this.error = error;
        this.cause = redactedCause;
    }

    public String error() {
        return error;
    }

    public String cause() {
        return cause;
    }
}
