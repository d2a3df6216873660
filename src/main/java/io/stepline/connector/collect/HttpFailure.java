package io.stepline.connector.collect;

import io.stepline.connector.TaskFailedException;
import java.time.Duration;

/**
 * A request that failed, as the retry policy sees it: retryable (429, 5xx, time-out, dropped
 * connection) or not, with the server's Retry-After when it sent one. Becomes a
 * {@link TaskFailedException} once retries are spent.
 */
final class HttpFailure extends Exception {
    private final String error;
    private final boolean retryable;
    private final Duration retryAfter;

    HttpFailure(String error, String cause, boolean retryable, Duration retryAfter) {
        super(cause, null, false, false);
        this.error = error;
        this.retryable = retryable;
        this.retryAfter = retryAfter;
    }

    static HttpFailure fatal(String error, String cause) {
        return new HttpFailure(error, cause, false, null);
    }

    String error() {
        return error;
    }

    boolean retryable() {
        return retryable;
    }

    /** The wait the server asked for, or null to use the backoff. */
    Duration retryAfter() {
        return retryAfter;
    }

    TaskFailedException toTaskFailure() {
        return new TaskFailedException(error, getMessage());
    }
}
