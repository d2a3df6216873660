package io.stepline.connector.collect.fake;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import io.stepline.json.Json;
import java.io.IOException;
import java.util.Map;

/**
 * A currency rates API without auth: {@code GET /v1/rates?page=N&per_page=M} answers a JSON array
 * and the next page in an RFC 8288 {@code Link: <...>; rel="next"} header.
 */
public final class CurrencyApi extends FakeApi {
    private static final String[] CURRENCIES = {"EUR", "GBP", "JPY", "CHF", "CAD", "AUD", "SEK", "NOK"};

    public CurrencyApi(int port, int total) throws IOException {
        super(port, total);
    }

    @Override
    protected ObjectNode record(int index) {
        return Json.NODES.objectNode().put("base", "USD").put("currency", CURRENCIES[index % CURRENCIES.length])
                .put("day", String.format("2026-%02d-%02d", 1 + index / 8 / 28 % 12, 1 + index / 8 % 28))
                .put("rate", 0.5 + (index * 37 % 1000) / 1000.0);
    }

    @Override
    protected void routes(HttpServer server) {
        route(server, "/v1/rates", exchange -> {
            Map<String, String> params = query(exchange);
            int page = Math.max(1, intParam(params, "page", 1));
            int size = Math.max(1, intParam(params, "per_page", 20));
            if (misbehaved(exchange, page)) {
                return;
            }
            Fault shape = shapeFault(page);
            ArrayNode rows = shape == Fault.EMPTY ? Json.NODES.arrayNode() : records((page - 1) * size, size);
            int last = intParam(params, "last_page", Integer.MAX_VALUE); // a slice of the pages, for benchmarks
            if (page * size < total() && page < last) {
                exchange.getResponseHeaders().add("Link", "<" + baseUrl() + "/v1/rates?page=" + (page + 1) + "&per_page=" + size
                        + (last == Integer.MAX_VALUE ? "" : "&last_page=" + last) + ">; rel=\"next\", <" + baseUrl() + "/v1/rates?page=1&per_page=" + size + ">; rel=\"first\"");
            }
            String body = shape == Fault.CHANGED_SCHEMA ? Json.write(Json.NODES.objectNode().set("rates", rows)) : Json.write(rows);
            send(exchange, 200, body);
        });
    }
}
