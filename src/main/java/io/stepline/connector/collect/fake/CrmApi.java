package io.stepline.connector.collect.fake;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import io.stepline.json.Json;
import java.io.IOException;
import java.util.Map;

/**
 * A CRM: contacts by offset and limit, an API key in the {@code X-Api-Key} header, and
 * {@code updated_since} for incremental syncs. {@code GET /api/v1/contacts?offset=0&limit=100}
 * answers {@code {"results": [...], "total": N}}.
 */
public final class CrmApi extends FakeApi {
    public static final String API_KEY = "crm-demo-key-5f2a";

    public CrmApi(int port, int total) throws IOException {
        super(port, total);
    }

    @Override
    protected ObjectNode record(int index) {
        ObjectNode base = super.record(index);
        ObjectNode contact = Json.NODES.objectNode().put("id", "C" + (index + 1));
        contact.putObject("properties").put("email", "contact" + (index + 1) + "@example.com")
                .put("company", "Company " + (index % 17)).put("lifetime_value", base.get("value").asDouble());
        return contact.put("updated_at", base.get("updated_at").asText());
    }

    @Override
    protected void routes(HttpServer server) {
        route(server, "/api/v1/contacts", exchange -> {
            if (!API_KEY.equals(exchange.getRequestHeaders().getFirst("X-Api-Key"))) {
                send(exchange, 401, "{\"message\": \"invalid API key\"}");
                return;
            }
            Map<String, String> params = query(exchange);
            int offset = intParam(params, "offset", 0);
            int limit = intParam(params, "limit", 100);
            String since = params.get("updated_since");
            if (misbehaved(exchange, offset / Math.max(1, limit) + 1)) {
                return;
            }
            ArrayNode matching = Json.NODES.arrayNode();
            for (int i = 0; i < total(); i++) {
                ObjectNode record = record(i);
                if (since == null || record.get("updated_at").asText().compareTo(since) > 0) {
                    matching.add(record);
                }
            }
            ArrayNode page = Json.NODES.arrayNode();
            Fault shape = shapeFault(offset / Math.max(1, limit) + 1);
            for (int i = offset; shape != Fault.EMPTY && i < Math.min(matching.size(), offset + limit); i++) {
                page.add(matching.get(i));
            }
            ObjectNode body = Json.NODES.objectNode().put("total", matching.size());
            body.set(shape == Fault.CHANGED_SCHEMA ? "items" : "results", page);
            send(exchange, 200, Json.write(body));
        });
    }
}
