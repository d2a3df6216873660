package io.stepline.connector.collect;

/**
 * The ASL error names a collection fails with, for Retry and Catch. HTTP statuses are grouped in
 * families ({@code Http.5xx}) because ErrorEquals matches names exactly and a retry policy is about
 * the family; the exact status is the first thing in the cause.
 */
public final class CollectErrors {
    /** Too many requests, still after the connector's own retries. */
    public static final String TOO_MANY_REQUESTS = "Http.429";
    /** A server error (500-599), still after the connector's own retries. */
    public static final String SERVER_ERROR = "Http.5xx";
    /** A client error other than 429 (bad request, unauthorised, not found...): not retried. */
    public static final String CLIENT_ERROR = "Http.4xx";
    /** No answer within requestTimeoutSeconds (or no connection within connectTimeoutSeconds). */
    public static final String TIMEOUT = "Http.Timeout";
    /** The server could not be reached, or dropped the connection mid-answer. */
    public static final String CONNECTION_FAILED = "Http.ConnectionFailed";
    /** OAuth2's token endpoint refused the client or answered something that is not a token. */
    public static final String AUTH_FAILED = "Collector.AuthFailed";
    /** A body that is not JSON (malformed, cut short). */
    public static final String MALFORMED_RESPONSE = "Collector.MalformedResponse";
    /** JSON of another shape than the manifest says: records missing, not objects, required fields absent. */
    public static final String SCHEMA_MISMATCH = "Collector.SchemaMismatch";
    /** A page with no records where the API said more would follow. */
    public static final String EMPTY_PAGE = "Collector.EmptyPage";
    /** More pages than limits.maxPages. */
    public static final String TOO_MANY_PAGES = "Collector.TooManyPages";
    /** Task parameters that are missing or wrong. */
    public static final String INVALID_PARAMETERS = "Collector.InvalidParameters";
    /** A secret reference of the manifest that cannot be resolved. */
    public static final String SECRET_UNAVAILABLE = "Collector.SecretUnavailable";
    /** The dataset file or the collector's state could not be written. */
    public static final String WRITE_FAILED = "Collector.WriteFailed";

    private CollectErrors() {
    }

    /** The error name for an HTTP status that ends a collection. */
    public static String forStatus(int status) {
        if (status == 429) {
            return TOO_MANY_REQUESTS;
        }
        return status >= 500 ? SERVER_ERROR : CLIENT_ERROR;
    }
}
