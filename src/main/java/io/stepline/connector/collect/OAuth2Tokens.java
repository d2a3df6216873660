package io.stepline.connector.collect;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.config.secret.Redactor;
import io.stepline.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * OAuth2 client-credentials tokens for one connector, shared by every execution in the process:
 * fetched on first use, reused until {@code refreshBeforeSeconds} before they expire, fetched again
 * when the API answers 401 (a token revoked early). Tokens are registered with the redactor.
 */
final class OAuth2Tokens {
    private final Auth.OAuth2 auth;
    private Token current;

    private record Token(String value, long expiresAtNanos) {
    }

    private final String tokenUrl;

    /** A {@code tokenUrl} that is a path is the base URL's (so a base URL override moves both). */
    OAuth2Tokens(Auth.OAuth2 auth, String baseUrl) {
        this.auth = auth;
        this.tokenUrl = auth.tokenUrl().startsWith("http") ? auth.tokenUrl()
                : baseUrl.replaceAll("/+$", "") + (auth.tokenUrl().startsWith("/") ? "" : "/") + auth.tokenUrl();
    }

    /** A valid access token, fetched when none is cached or the cached one is about to expire. */
    synchronized String token(HttpClient client, SecretValues secrets, Duration timeout) throws HttpFailure, InterruptedException {
        if (current == null || System.nanoTime() >= current.expiresAtNanos) {
            current = fetch(client, secrets, timeout);
        }
        return current.value;
    }

    /** Forgets a token the API refused, so the next request fetches a new one. */
    synchronized void invalidate(String refused) {
        if (current != null && current.value.equals(refused)) {
            current = null;
        }
    }

    private Token fetch(HttpClient client, SecretValues secrets, Duration timeout) throws HttpFailure, InterruptedException {
        String form = "grant_type=client_credentials&client_id=" + encode(secrets.resolve(auth.clientId(), "auth.clientId"))
                + "&client_secret=" + encode(secrets.resolve(auth.clientSecret(), "auth.clientSecret"))
                + (auth.scope() == null ? "" : "&scope=" + encode(auth.scope()));
        HttpRequest request = HttpRequest.newBuilder(URI.create(tokenUrl)).timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new HttpFailure(CollectErrors.AUTH_FAILED, "token endpoint " + tokenUrl + " failed: " + e, true, null);
        }
        if (response.statusCode() != 200) {
            throw new HttpFailure(CollectErrors.AUTH_FAILED, "token endpoint " + tokenUrl + " answered HTTP "
                    + response.statusCode() + ": " + Snippets.of(response.body()), response.statusCode() >= 500, null);
        }
        try {
            JsonNode body = Json.parse(response.body());
            String token = body.path("access_token").asText("");
            if (token.isEmpty()) {
                throw HttpFailure.fatal(CollectErrors.AUTH_FAILED, "token endpoint " + tokenUrl
                        + " answered without access_token");
            }
            Redactor.register(token);
            long lifetime = Math.max(0, body.path("expires_in").asLong(3600) - auth.refreshBeforeSeconds());
            return new Token(token, System.nanoTime() + Duration.ofSeconds(lifetime).toNanos());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw HttpFailure.fatal(CollectErrors.AUTH_FAILED, "token endpoint " + tokenUrl
                    + " answered something that is not JSON: " + Snippets.of(response.body()));
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
