package io.stepline.connector.camel;

import io.stepline.connector.TaskFailedException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import org.apache.camel.ExchangeTimedOutException;
import org.apache.camel.NoSuchEndpointException;
import org.apache.camel.ResolveEndpointFailedException;
import org.apache.camel.component.direct.DirectConsumerNotAvailableException;
import org.apache.camel.http.base.HttpOperationFailedException;

/**
 * The ASL errors a {@code stepline:camel:} task fails with, so Retry and Catch can tell them
 * apart. Causes name the endpoint as written (secret references, not values) and never carry a
 * stack trace; {@link TaskFailedException} masks any secret a Camel message still holds.
 */
final class CamelErrors {
    /** An HTTP endpoint answered with this status: {@code Http.404}, {@code Http.500}... */
    static final String HTTP_PREFIX = "Http.";
    static final String TIMEOUT = "Camel.Timeout";
    static final String NO_CONSUMER = "Camel.NoConsumer";
    static final String CONNECTION_FAILED = "Camel.ConnectionFailed";
    static final String INVALID_ENDPOINT = "Camel.InvalidEndpoint";
    static final String INVALID_INPUT = "Camel.InvalidInput";
    static final String SECRET_UNAVAILABLE = "Camel.SecretUnavailable";
    static final String FAILURE = "Camel.Failure";
    /** How much of an error response body a cause quotes. */
    private static final int EXCERPT = 500;

    private CamelErrors() {
    }

    /** The ASL error for what a Camel exchange failed with. */
    static TaskFailedException of(Throwable failure, String endpoint) {
        for (Throwable e = failure; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof HttpOperationFailedException http) {
                return new TaskFailedException(HTTP_PREFIX + http.getStatusCode(), endpoint + " answered HTTP "
                        + http.getStatusCode() + statusText(http) + responseBody(http));
            }
            if (e instanceof ExchangeTimedOutException || e instanceof InterruptedIOException) {
                return new TaskFailedException(TIMEOUT, endpoint + " did not answer in time (" + describe(e) + ")");
            }
            if (e instanceof DirectConsumerNotAvailableException) {
                return new TaskFailedException(NO_CONSUMER, "no route consumes " + endpoint
                        + ": start the route that reads it before running the pipeline");
            }
            if (e instanceof ConnectException || e instanceof UnknownHostException || e instanceof NoRouteToHostException) {
                return new TaskFailedException(CONNECTION_FAILED, "cannot reach " + endpoint + " (" + describe(e) + ")");
            }
            if (e instanceof ResolveEndpointFailedException || e instanceof NoSuchEndpointException) {
                return new TaskFailedException(INVALID_ENDPOINT, endpoint + " is not a valid Camel endpoint ("
                        + describe(e) + ")");
            }
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return new TaskFailedException(FAILURE, endpoint + " failed: " + describe(root));
    }

    private static String statusText(HttpOperationFailedException http) {
        String text = http.getStatusText();
        return text == null || text.isBlank() ? "" : " " + text;
    }

    private static String responseBody(HttpOperationFailedException http) {
        String body = http.getResponseBody();
        if (body == null || body.isBlank()) {
            return "";
        }
        String excerpt = body.length() <= EXCERPT ? body : body.substring(0, EXCERPT) + "...";
        return ": " + excerpt.strip();
    }

    /** The exception's class and message, one line: what happened, without a stack trace. */
    private static String describe(Throwable e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message.replaceAll("\\s+", " ").strip());
    }
}
