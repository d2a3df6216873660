package io.stepline.connector.collect;

import dev.failsafe.Execution;
import dev.failsafe.RateLimiter;
import dev.failsafe.RetryPolicy;
import io.stepline.config.secret.Redactor;
import io.stepline.connector.TaskControl;
import io.stepline.connector.TaskFailedException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;

/**
 * One connector's way to the API, shared by every execution and backfill of the process (see
 * {@link ApiClients}): one HTTP client, the rate limits as token buckets, the concurrency cap, the
 * OAuth2 token cache and the retry policy. Sending a request waits for a permit, then for a free
 * slot, and retries 429, 5xx, time-outs and dropped connections with exponential backoff and
 * jitter, or after the server's Retry-After. Every wait is the task's to make (see {@link #send}).
 */
final class ApiClient {
    private final Manifest manifest;
    private final HttpClient http;
    private final List<RateLimiter<Object>> rateLimits = new ArrayList<>();
    private final Semaphore slots;
    private final OAuth2Tokens tokens;
    private final RetryPolicy<Response> retryPolicy;

    ApiClient(Manifest manifest) {
        this.manifest = manifest;
        Manifest.Limits limits = manifest.limits();
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(limits.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        if (limits.requestsPerSecond() > 0) {
            // Smooth: permits evenly spaced, so a burst never exceeds the per-second rate.
            rateLimits.add(RateLimiter.smoothBuilder(Duration.ofNanos((long) (1e9 / limits.requestsPerSecond())))
                    .withMaxWaitTime(Duration.ofDays(1)).build());
        }
        if (limits.requestsPerMinute() > 0) {
            rateLimits.add(RateLimiter.burstyBuilder((long) Math.max(1, limits.requestsPerMinute()), Duration.ofMinutes(1))
                    .withMaxWaitTime(Duration.ofDays(1)).build());
        }
        this.slots = new Semaphore(limits.maxConcurrency(), true);
        this.tokens = manifest.auth() instanceof Auth.OAuth2 oauth ? new OAuth2Tokens(oauth, manifest.baseUrl()) : null;
        Manifest.RetrySettings retry = manifest.retry();
        this.retryPolicy = RetryPolicy.<Response>builder()
                .handleIf(failure -> failure instanceof HttpFailure f && f.retryable())
                .withBackoff(retry.initialDelay(), max(retry.initialDelay(), retry.maxDelay()))
                .withJitter(retry.jitter())
                .withMaxRetries(retry.maxRetries())
                .build();
    }

    Manifest manifest() {
        return manifest;
    }

    HttpClient http() {
        return http;
    }

    /**
     * Sends a request, retrying what may be retried; each retry is counted in {@code counters}.
     * A status other than 2xx after retries, a time-out or a dropped connection is an {@link HttpFailure}.
     * Every wait (a rate limit's permit, a backoff, a Retry-After) is a sleep of {@code control}:
     * virtual under {@code stepline test}, cut short when the execution stops, failing with
     * States.Timeout when the task's timeout falls inside it. Failsafe decides how long (its
     * standalone {@link Execution}), the task's control waits.
     */
    Response send(PageRequest.Built request, SecretValues secrets, Counters counters, TaskControl control)
            throws HttpFailure, InterruptedException, TaskFailedException {
        Execution<Response> execution = Execution.of(retryPolicy);
        while (true) {
            if (execution.getAttemptCount() > 0) {
                counters.retried();
            }
            try {
                Response response = attempt(request, secrets, counters, control);
                execution.recordResult(response);
                return response;
            } catch (HttpFailure failure) {
                execution.recordException(failure);
                if (execution.isComplete()) {
                    throw failure;
                }
                // the server's Retry-After as it asked (Failsafe's jitter would shorten it), else the backoff
                control.sleep(failure.retryAfter() != null ? failure.retryAfter() : execution.getDelay());
            }
        }
    }

    private Response attempt(PageRequest.Built request, SecretValues secrets, Counters counters, TaskControl control)
            throws HttpFailure, InterruptedException, TaskFailedException {
        for (RateLimiter<Object> limit : rateLimits) {
            Duration wait = limit.reservePermit(); // the permit is ours once the wait is over
            if (!wait.isZero()) {
                control.sleep(wait);
            }
        }
        String token = tokens == null ? null : tokens.token(http, secrets, manifest.limits().requestTimeout());
        HttpRequest sent = request.toHttpRequest(manifest.limits().requestTimeout(), token);
        slots.acquire();
        HttpResponse<byte[]> response;
        try {
            counters.requested();
            response = http.send(sent, HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpConnectTimeoutException e) {
            throw new HttpFailure(CollectErrors.TIMEOUT, "no connection within " + seconds(manifest.limits().connectTimeout())
                    + " to " + request.shownUrl(), true, null);
        } catch (HttpTimeoutException e) {
            throw new HttpFailure(CollectErrors.TIMEOUT, "no answer within " + seconds(manifest.limits().requestTimeout())
                    + " from " + request.method() + " " + request.shownUrl(), true, null);
        } catch (ConnectException e) {
            throw new HttpFailure(CollectErrors.CONNECTION_FAILED, "cannot connect to " + request.shownUrl() + ": " + e, true, null);
        } catch (IOException e) {
            throw new HttpFailure(CollectErrors.CONNECTION_FAILED, request.method() + " " + request.shownUrl()
                    + " failed before the answer was complete: " + Redactor.redact(String.valueOf(e.getMessage())), true, null);
        } finally {
            slots.release();
        }
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return new Response(status, response.headers(), response.body(), request.shownUrl());
        }
        if (status == 401 && token != null) {
            tokens.invalidate(token); // an expired or revoked token: fetch a new one and try again
            throw new HttpFailure(CollectErrors.CLIENT_ERROR, failureCause(status, request, response), true, Duration.ZERO);
        }
        boolean retryable = status == 429 || status >= 500;
        Duration retryAfter = retryable ? RetryAfter.parse(response.headers().firstValue("Retry-After").orElse(null)) : null;
        if (retryAfter != null && retryAfter.compareTo(manifest.retry().maxRetryAfter()) > 0) {
            throw HttpFailure.fatal(CollectErrors.forStatus(status), failureCause(status, request, response)
                    + " (Retry-After " + retryAfter.toSeconds() + " s is longer than retry.maxRetryAfterSeconds)");
        }
        throw new HttpFailure(CollectErrors.forStatus(status), failureCause(status, request, response), retryable, retryAfter);
    }

    private static String failureCause(int status, PageRequest.Built request, HttpResponse<byte[]> response) {
        return "HTTP " + status + " from " + request.method() + " " + request.shownUrl() + ": " + Snippets.of(response.body());
    }

    private static String seconds(Duration duration) {
        return duration.toMillis() / 1000.0 + " s";
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a.plusMillis(1) : b;
    }
}
