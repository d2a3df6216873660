package io.stepline.connector.collect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepline.json.Json;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which page to ask for next: either a URL the API handed out (next URL, Link header) or the
 * stream's own URL with pagination parameters ({@code page=3}, {@code offset=200}, {@code cursor=abc}).
 * Small and plain, so a checkpoint can store it and a redrive resume from it.
 */
record PageRequest(String url, Map<String, String> params) {

    PageRequest {
        params = Map.copyOf(params);
    }

    static PageRequest first(Map<String, String> params) {
        return new PageRequest(null, params);
    }

    JsonNode toJson() {
        ObjectNode json = Json.NODES.objectNode();
        if (url != null) {
            json.put("url", url);
        }
        ObjectNode p = json.putObject("params");
        params.forEach(p::put);
        return json;
    }

    static PageRequest fromJson(JsonNode json) {
        Map<String, String> params = new LinkedHashMap<>();
        json.path("params").properties().forEach(e -> params.put(e.getKey(), e.getValue().asText()));
        return new PageRequest(json.hasNonNull("url") ? json.get("url").asText() : null, params);
    }

    /**
     * A request ready to send: the URI with credentials in it, and the same URL with every secret
     * masked for messages ({@code shownUrl}).
     */
    record Built(String method, URI uri, String shownUrl, Map<String, String> headers, String body) {

        HttpRequest toHttpRequest(Duration timeout, String bearerToken) {
            HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(timeout);
            headers.forEach(builder::header);
            if (bearerToken != null) {
                builder.header("Authorization", "Bearer " + bearerToken);
            }
            if (method.equals("POST")) {
                builder.header("Content-Type", "application/json");
                builder.POST(HttpRequest.BodyPublishers.ofString(body == null ? "{}" : body));
            } else {
                builder.GET();
            }
            return builder.build();
        }
    }
}
