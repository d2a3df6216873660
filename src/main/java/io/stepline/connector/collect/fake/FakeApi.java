package io.stepline.connector.collect.fake;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.stepline.json.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A local stand-in for a real API, on loopback, for the examples' tests and demo (never used by the
 * engine). Serves {@code total} generated records, page by page in its own style, and can be told
 * to misbehave: a {@link Fault} on a given page (once), random 500s from a seeded generator.
 */
public abstract class FakeApi implements AutoCloseable {
    static {
        // The JDK server writes headers and body apart; with Nagle on, each answer waits ~40 ms for
        // the client's delayed ACK. Read once, when the first server of the process starts.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "fake-api");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<Integer, Fault> faults = new ConcurrentHashMap<>();
    private final AtomicLong requests = new AtomicLong();
    private final java.util.concurrent.atomic.AtomicInteger inFlight = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.atomic.AtomicInteger mostInFlight = new java.util.concurrent.atomic.AtomicInteger();
    private volatile int total;
    private volatile double randomServerErrors;
    private volatile Random random = new Random(1);

    protected FakeApi(int port, int total) throws IOException {
        this.total = total;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 256);
        server.setExecutor(threads);
        routes(server);
        server.start();
    }

    protected abstract void routes(HttpServer server);

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The next request for {@code page} (from 1) gets this fault, once. */
    public FakeApi failOnce(int page, Fault fault) {
        faults.put(page, fault);
        return this;
    }

    /** Answers this share of requests with 500, chosen by a generator seeded with {@code seed}. */
    public FakeApi randomServerErrors(double share, long seed) {
        this.randomServerErrors = share;
        this.random = new Random(seed);
        return this;
    }

    public FakeApi total(int records) {
        this.total = records;
        return this;
    }

    public int total() {
        return total;
    }

    /** The most requests this server was answering at once since {@link #resetInFlight()}. */
    public int mostInFlight() {
        return mostInFlight.get();
    }

    public void resetInFlight() {
        mostInFlight.set(0);
    }

    /** The server whose request this thread is answering and has not yet answered. */
    private static final ThreadLocal<FakeApi> ANSWERING = new ThreadLocal<>();

    /**
     * A request stops counting as in flight just before its answer leaves: once the client has the
     * answer it may send the next request, before this thread gets to run again.
     */
    private static void answered() {
        FakeApi api = ANSWERING.get();
        if (api != null) {
            api.inFlight.decrementAndGet();
            ANSWERING.remove();
        }
    }

    /** Registers a route whose requests are counted while in flight. */
    protected void route(HttpServer server, String path, com.sun.net.httpserver.HttpHandler handler) {
        server.createContext(path, exchange -> {
            mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            ANSWERING.set(this);
            try {
                handler.handle(exchange);
            } finally {
                answered();
            }
        });
    }

    public long requests() {
        return requests.get();
    }

    /** The record at {@code index} (from 0): stable, so tests can predict what is collected. */
    protected ObjectNode record(int index) {
        return Json.NODES.objectNode().put("id", index + 1).put("name", "item-" + (index + 1))
                .put("updated_at", String.format("2026-11-%02dT%02d:00:00Z", 1 + index / 24 % 28, index % 24))
                .put("value", Math.round((index * 7.5 % 100) * 100) / 100.0);
    }

    protected ArrayNode records(int from, int count) {
        ArrayNode array = Json.NODES.arrayNode();
        for (int i = from; i < Math.min(total, from + count); i++) {
            array.add(record(i));
        }
        return array;
    }

    /**
     * Serves a page, unless a fault is due for it: then misbehaves instead and returns true. Random
     * 500s apply to every page.
     */
    protected boolean misbehaved(HttpExchange exchange, int page) throws IOException {
        requests.incrementAndGet();
        Fault fault = faults.get(page);
        if (fault == Fault.EMPTY || fault == Fault.CHANGED_SCHEMA) {
            fault = null; // shaped by the page itself: see shapeFault
        } else if (fault != null) {
            faults.remove(page);
        }
        if (fault == null && randomServerErrors > 0 && nextRandom() < randomServerErrors) {
            fault = Fault.SERVER_ERROR;
        }
        if (fault == null) {
            return false;
        }
        switch (fault) {
            case TOO_MANY_REQUESTS, SLOW_DOWN_FOR_A_MINUTE -> {
                exchange.getResponseHeaders().add("Retry-After", fault == Fault.TOO_MANY_REQUESTS ? "1" : "60");
                send(exchange, 429, "{\"error\": \"rate limit exceeded\"}");
            }
            case SERVER_ERROR -> send(exchange, 503, "{\"error\": \"backend unavailable\"}");
            case MALFORMED -> send(exchange, 200, "<html><body>Gateway error</body></html>");
            case TRUNCATED -> {
                byte[] body = "{\"data\": [{\"id\": 1, \"name\": \"item-1\"}, {\"id\": 2, \"na".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length * 2L); // promises twice what it sends
                exchange.getResponseBody().write(body);
                exchange.getResponseBody().flush();
                exchange.close();
            }
            case HANG -> {
                try {
                    Thread.sleep(30_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                exchange.close();
            }
            default -> {
                return false; // EMPTY and CHANGED_SCHEMA are shaped by each API's page
            }
        }
        return true;
    }

    /** The fault due on this page that shapes the page itself (EMPTY, CHANGED_SCHEMA), taken once. */
    protected Fault shapeFault(int page) {
        Fault fault = faults.get(page);
        if (fault == Fault.EMPTY || fault == Fault.CHANGED_SCHEMA) {
            faults.remove(page);
            return fault;
        }
        return null;
    }

    private synchronized double nextRandom() {
        return random.nextDouble();
    }

    protected static Map<String, String> query(HttpExchange exchange) {
        Map<String, String> params = new LinkedHashMap<>();
        String raw = exchange.getRequestURI().getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                String[] kv = pair.split("=", 2);
                params.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                        kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
            }
        }
        return params;
    }

    protected static int intParam(Map<String, String> params, String name, int otherwise) {
        try {
            return params.containsKey(name) ? Integer.parseInt(params.get(name)) : otherwise;
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    protected static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        answered();
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
