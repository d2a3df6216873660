package io.stepline.connector.collect;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * One API source as its manifest ({@code connectors/NAME.yaml}) declares it: inert data, read and
 * validated by {@link ManifestReader}. Values that hold secrets keep their references.
 */
public record Manifest(String name, Path file, String baseUrl, Map<String, String> headers, Map<String, String> query,
        Auth auth, Limits limits, RetrySettings retry, Map<String, StreamSpec> streams) {

    public Manifest {
        headers = Map.copyOf(headers);
        query = Map.copyOf(query);
        streams = Map.copyOf(streams);
    }

    /** The same manifest with another base URL (a config override, e.g. a local fake server). */
    public Manifest withBaseUrl(String url) {
        return new Manifest(name, file, url, headers, query, auth, limits, retry, streams);
    }

    /**
     * How hard the API may be called: a token bucket per second and per minute shared by every
     * execution of this process using the connector, at most so many requests in flight.
     */
    public record Limits(double requestsPerSecond, double requestsPerMinute, int maxConcurrency,
            Duration connectTimeout, Duration requestTimeout, int maxPages) {
        public static final Limits DEFAULT = new Limits(0, 0, 8, Duration.ofSeconds(10), Duration.ofSeconds(30), 100_000);
    }

    /** Retries of 429, 5xx, time-outs and dropped connections inside one task attempt. */
    public record RetrySettings(int maxRetries, Duration initialDelay, Duration maxDelay, double jitter,
            Duration maxRetryAfter) {
        public static final RetrySettings DEFAULT = new RetrySettings(5, Duration.ofMillis(500), Duration.ofSeconds(30),
                0.5, Duration.ofSeconds(120));
    }
}
