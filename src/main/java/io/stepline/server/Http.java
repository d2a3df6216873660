package io.stepline.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.json.Json;
import io.vertx.ext.web.RoutingContext;

/** Small helpers for the JSON endpoints: one error shape, {@code {"error": message}}. */
final class Http {
    private Http() {
    }

    static void json(RoutingContext context, int status, JsonNode body) {
        context.response().setStatusCode(status).putHeader("Content-Type", "application/json").end(Json.write(body));
    }

    static void error(RoutingContext context, int status, String message) {
        json(context, status, Json.NODES.objectNode().put("error", message));
    }

    /** The request body as JSON, or null when it is empty or not JSON. */
    static JsonNode body(RoutingContext context) {
        return UiApi.parse(context.body().asString());
    }
}
