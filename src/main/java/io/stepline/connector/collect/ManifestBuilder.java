package io.stepline.connector.collect;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.json.PositionedTree;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a {@link Manifest} from a tree the schema accepted; expressions that do not compile are
 * problems at their position, gathered before anything is thrown.
 */
final class ManifestBuilder {
    private final Path file;
    private final PositionedTree tree;
    private final List<ManifestProblem> problems = new ArrayList<>();

    ManifestBuilder(Path file, PositionedTree tree) {
        this.file = file;
        this.tree = tree;
    }

    Manifest build() throws InvalidManifestException {
        JsonNode root = tree.root();
        Map<String, StreamSpec> streams = new LinkedHashMap<>();
        root.path("streams").properties().forEach(e -> streams.put(e.getKey(), stream(e.getKey(), e.getValue())));
        if (!problems.isEmpty()) {
            throw new InvalidManifestException(problems);
        }
        return new Manifest(root.path("connector").asText(), file, root.path("baseUrl").asText(),
                strings(root.path("headers")), strings(root.path("query")), auth(root.path("auth")),
                limits(root.path("limits")), retry(root.path("retry")), streams);
    }

    private StreamSpec stream(String name, JsonNode stream) {
        String at = "/streams/" + name;
        Map<String, String> fields = new LinkedHashMap<>();
        stream.path("fields").properties().forEach(e -> {
            compiled(at + "/fields/" + e.getKey(), e.getValue().asText(), false);
            fields.put(e.getKey(), e.getValue().asText());
        });
        JsonNode records = stream.path("records");
        RecordSelector selector = records.isObject()
                ? compiled(at + "/records/jsonata", records.path("jsonata").asText(), true)
                : compiled(at + "/records", records.asText(), false);
        List<String> required = new ArrayList<>();
        stream.path("requiredFields").forEach(f -> required.add(f.asText()));
        JsonNode incremental = stream.path("incremental");
        return new StreamSpec(name, stream.path("path").asText(), stream.path("method").asText("GET"),
                strings(stream.path("headers")), strings(stream.path("query")),
                stream.has("body") ? stream.get("body") : null, selector, fields, required,
                pagination(stream.path("pagination")),
                incremental.isObject() ? incremental.path("cursorField").asText() : null,
                incremental.hasNonNull("start") ? incremental.get("start").asText() : null);
    }

    private RecordSelector compiled(String pointer, String text, boolean jsonata) {
        try {
            return jsonata ? RecordSelector.jsonata(text) : RecordSelector.jsonPath(text);
        } catch (RuntimeException e) {
            var position = tree.positionOf(pointer);
            problems.add(new ManifestProblem(file.toString(), position.line(), position.column(),
                    pointer.substring(1).replace('/', '.') + ": " + (jsonata ? "JSONata" : "JSONPath") + " '" + text
                            + "' does not compile: " + e.getMessage()));
            return null;
        }
    }

    private static Pagination pagination(JsonNode p) {
        boolean empty = p.path("allowEmptyPages").asBoolean(false);
        String hasMore = p.hasNonNull("hasMore") ? p.get("hasMore").asText() : null;
        return switch (p.path("type").asText("none")) {
            case "page" -> new Pagination.PageNumber(p.path("pageParam").asText("page"), p.path("sizeParam").asText("per_page"),
                    p.path("size").asInt(100), p.path("start").asInt(1), hasMore, empty);
            case "offset" -> new Pagination.OffsetLimit(p.path("offsetParam").asText("offset"),
                    p.path("limitParam").asText("limit"), p.path("limit").asInt(100),
                    p.hasNonNull("total") ? p.get("total").asText() : null, hasMore, empty);
            case "cursor" -> new Pagination.BodyCursor(p.path("cursorPath").asText(), p.path("cursorParam").asText(), hasMore, empty);
            case "nextUrl" -> new Pagination.NextUrl(p.path("nextUrlPath").asText(), empty);
            case "link" -> new Pagination.LinkHeader(p.path("rel").asText("next"), empty);
            default -> new Pagination.None();
        };
    }

    private static Auth auth(JsonNode a) {
        return switch (a.path("type").asText("none")) {
            case "apiKey" -> new Auth.ApiKey(a.path("in").asText("header").equals("query"), a.path("name").asText(),
                    a.path("value").asText());
            case "bearer" -> new Auth.Bearer(a.path("token").asText());
            case "basic" -> new Auth.Basic(a.path("username").asText(), a.path("password").asText());
            case "oauth2" -> new Auth.OAuth2(a.path("tokenUrl").asText(), a.path("clientId").asText(),
                    a.path("clientSecret").asText(), a.hasNonNull("scope") ? a.get("scope").asText() : null,
                    a.path("refreshBeforeSeconds").asLong(30));
            default -> new Auth.None();
        };
    }

    private static Manifest.Limits limits(JsonNode l) {
        Manifest.Limits d = Manifest.Limits.DEFAULT;
        return new Manifest.Limits(l.path("requestsPerSecond").asDouble(d.requestsPerSecond()),
                l.path("requestsPerMinute").asDouble(d.requestsPerMinute()),
                l.path("maxConcurrency").asInt(d.maxConcurrency()),
                seconds(l.path("connectTimeoutSeconds"), d.connectTimeout()),
                seconds(l.path("requestTimeoutSeconds"), d.requestTimeout()), l.path("maxPages").asInt(d.maxPages()));
    }

    private static Manifest.RetrySettings retry(JsonNode r) {
        Manifest.RetrySettings d = Manifest.RetrySettings.DEFAULT;
        return new Manifest.RetrySettings(r.path("maxRetries").asInt(d.maxRetries()),
                r.has("initialDelayMillis") ? Duration.ofMillis(r.get("initialDelayMillis").asLong()) : d.initialDelay(),
                r.has("maxDelayMillis") ? Duration.ofMillis(r.get("maxDelayMillis").asLong()) : d.maxDelay(),
                r.path("jitter").asDouble(d.jitter()), seconds(r.path("maxRetryAfterSeconds"), d.maxRetryAfter()));
    }

    private static Duration seconds(JsonNode value, Duration otherwise) {
        return value.isNumber() ? Duration.ofMillis(Math.round(value.asDouble() * 1000)) : otherwise;
    }

    private static Map<String, String> strings(JsonNode object) {
        Map<String, String> values = new LinkedHashMap<>();
        object.properties().forEach(e -> values.put(e.getKey(), e.getValue().asText()));
        return values;
    }
}
