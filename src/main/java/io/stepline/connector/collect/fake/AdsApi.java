package io.stepline.connector.collect.fake;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import io.stepline.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An ads reporting API: OAuth2 client credentials ({@code POST /oauth/token}), then
 * {@code GET /v2/reports?date=D&cursor=C} answering {@code {"data": [...], "paging": {"next": C}}},
 * 50 rows a page. Tokens expire after {@link #tokenLifetimeSeconds}; an expired one gets 401.
 */
public final class AdsApi extends FakeApi {
    public static final String CLIENT_ID = "ads-demo-client";
    public static final String CLIENT_SECRET = "ads-demo-secret-9c1e";
    private static final int PAGE = 50;
    private final Map<String, Long> tokens = new ConcurrentHashMap<>();
    private final AtomicInteger issued = new AtomicInteger();
    private volatile int tokenLifetimeSeconds = 3600;

    public AdsApi(int port, int total) throws IOException {
        super(port, total);
    }

    public AdsApi tokenLifetimeSeconds(int seconds) {
        this.tokenLifetimeSeconds = seconds;
        return this;
    }

    /** Forgets every token issued, as a provider revoking them would: the next request with one gets 401. */
    public AdsApi revokeTokens() {
        tokens.clear();
        return this;
    }

    public int tokensIssued() {
        return issued.get();
    }

    @Override
    protected ObjectNode record(int index) {
        return Json.NODES.objectNode().put("campaign", "cmp-" + (index % 12 + 1)).put("row", index + 1)
                .put("impressions", 1000 + index * 13 % 997).put("clicks", 10 + index * 7 % 89)
                .put("spend_micros", 1_000_000L + index * 31_337L % 5_000_000L);
    }

    @Override
    protected void routes(HttpServer server) {
        route(server, "/oauth/token", exchange -> {
            String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if (!form.contains("client_id=" + CLIENT_ID) || !form.contains("client_secret=" + CLIENT_SECRET)
                    || !form.contains("grant_type=client_credentials")) {
                send(exchange, 401, "{\"error\": \"invalid_client\"}");
                return;
            }
            String token = "tok-" + issued.incrementAndGet() + "-" + Long.toHexString(System.nanoTime());
            tokens.put(token, System.currentTimeMillis() + tokenLifetimeSeconds * 1000L);
            send(exchange, 200, "{\"access_token\": \"" + token + "\", \"token_type\": \"Bearer\", \"expires_in\": "
                    + tokenLifetimeSeconds + "}");
        });
        route(server, "/v2/reports", exchange -> {
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            Long expires = authorization == null ? null : tokens.get(authorization.replaceFirst("^Bearer ", ""));
            if (expires == null || expires < System.currentTimeMillis()) {
                send(exchange, 401, "{\"error\": \"invalid_token\", \"message\": \"the access token expired or is unknown\"}");
                return;
            }
            Map<String, String> params = query(exchange);
            int from = params.containsKey("cursor") ? Integer.parseInt(params.get("cursor").replace("c-", "")) : 0;
            int page = from / PAGE + 1;
            if (misbehaved(exchange, page)) {
                return;
            }
            Fault shape = shapeFault(page);
            ArrayNode rows = shape == Fault.EMPTY ? Json.NODES.arrayNode() : records(from, PAGE);
            String date = params.getOrDefault("date", "2026-11-25");
            rows.forEach(row -> ((ObjectNode) row).put("date", date));
            ObjectNode body = Json.NODES.objectNode();
            body.set(shape == Fault.CHANGED_SCHEMA ? "rows" : "data", rows);
            body.putObject("paging").put("next", from + PAGE < total() ? "c-" + (from + PAGE) : null);
            send(exchange, 200, Json.write(body));
        });
    }
}
