package io.stepline.connector.camel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.engine.DefinitionException;
import io.stepline.engine.Pipeline;
import io.stepline.engine.RunOptions;
import io.stepline.engine.Stepline;
import io.stepline.json.Json;
import io.stepline.runtime.ExecutionResult;
import io.stepline.runtime.Machines;
import io.stepline.runtime.history.HistoryJson;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code stepline:camel:URI} tasks run by the engine against real endpoints: HTTP on loopback, direct:, file:. */
class CamelEndpointTaskTest {
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static Stepline engine;
    private static LoopbackHttp http;
    private static final AtomicInteger flakyCalls = new AtomicInteger();

    @BeforeAll
    static void start() throws Exception {
        engine = Stepline.start(Json.NODES.objectNode());
        http = new LoopbackHttp()
                .on("/score", request -> {
                    if (!"acme".equals(request.header("X-Tenant"))) {
                        return LoopbackHttp.Answer.json(403, "{\"message\":\"unknown tenant\"}");
                    }
                    JsonNode customer = Machines.json(request.body());
                    return LoopbackHttp.Answer.json(200, "{\"customer\":" + customer.get("id") + ",\"score\":0.87,"
                            + "\"method\":\"" + request.method() + "\",\"type\":\"" + request.header("Content-Type") + "\"}");
                })
                .on("/flaky", request -> flakyCalls.incrementAndGet() == 1
                        ? LoopbackHttp.Answer.json(500, "{\"message\":\"warming up\"}")
                        : LoopbackHttp.Answer.json(200, "{\"ok\":true}"))
                .on("/text", request -> new LoopbackHttp.Answer(200, "text/plain", "pong " + request.method()))
                .on("/missing", request -> LoopbackHttp.Answer.json(404, "{\"message\":\"no such thing\"}"));
        engine.camel().addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:enrich").process(exchange -> {
                    var in = exchange.getMessage();
                    var body = (com.fasterxml.jackson.databind.node.ObjectNode) Machines.json(in.getBody(String.class));
                    body.put("region", in.getHeader("Region", String.class));
                    in.setBody(Json.write(body));
                    in.setHeader("Enriched", true);
                });
            }
        });
    }

    @AfterAll
    static void stop() {
        http.close();
        engine.close();
    }

    @Test
    void postsTheInputAsJsonWithHeadersAndParsesTheReply() {
        ExecutionResult result = run(task("http", http.base() + "/score",
                "\"Parameters\": {\"Body.$\": \"$.customer\", \"Headers\": {\"X-Tenant\": \"acme\"}}"),
                "{\"customer\": {\"id\": 42}}");

        assertThat(result.succeeded()).as(Machines.describe(result)).isTrue();
        assertThat(result.output()).isEqualTo(Machines.json(
                "{\"customer\":42,\"score\":0.87,\"method\":\"POST\",\"type\":\"application/json\"}"));
        assertThat(http.requestsTo("/score").get(0).body()).isEqualTo("{\"id\":42}");
    }

    @Test
    void aWholeInputIsTheBodyAndATextReplyIsAString() {
        ExecutionResult result = run(task("text", http.base() + "/text", ""), "{\"ping\": 1}");

        assertThat(result.output()).isEqualTo(Json.NODES.textNode("pong POST"));
    }

    @Test
    void anEnvelopeWithoutBodyIsAGetAndResultHeadersComeWhenAsked() {
        ExecutionResult result = run(task("get", http.base() + "/text",
                "\"Parameters\": {\"ResultHeaders\": [\"CamelHttpResponseCode\", \"content-type\"]}"), "{}");

        assertThat(result.output()).isEqualTo(Machines.json("{\"Body\": \"pong GET\", \"Headers\": "
                + "{\"CamelHttpResponseCode\": 200, \"Content-Type\": \"text/plain\"}}"));
    }

    @Test
    void aServerErrorIsRetriedByItsStatusName() {
        String definition = """
                {"StartAt": "Call", "States": {"Call": {"Type": "Task", "Resource": "stepline:camel:%s/flaky",
                  "Retry": [{"ErrorEquals": ["Http.500"], "IntervalSeconds": 1, "MaxAttempts": 2}], "End": true}}}
                """.formatted(http.base());

        ExecutionResult result = load(definition).run(Machines.json("{}"), new RunOptions(null, true, true));

        assertThat(result.output()).as(Machines.describe(result)).isEqualTo(Machines.json("{\"ok\": true}"));
        assertThat(flakyCalls.get()).isEqualTo(2);
        JsonNode failed = HistoryJson.events(result.history()).findParent("taskFailedEventDetails")
                .get("taskFailedEventDetails");
        assertThat(failed.get("error").asText()).isEqualTo("Http.500");
        assertThat(failed.get("cause").asText())
                .isEqualTo(http.base() + "/flaky answered HTTP 500 Internal Server Error: {\"message\":\"warming up\"}");
    }

    @Test
    void aClientErrorIsCaughtByItsStatusName() {
        ExecutionResult result = run(task("missing", http.base() + "/missing",
                "\"Catch\": [{\"ErrorEquals\": [\"Http.404\"], \"Next\": \"Done\"}]"), "{}");

        assertThat(result.output().get("Error").asText()).isEqualTo("Http.404");
        assertThat(result.output().get("Cause").asText()).contains("/missing answered HTTP 404", "no such thing");
    }

    @Test
    void aDirectRouteOfTheEnginesContextAnswers() {
        ExecutionResult result = run(task("enrich", "direct:enrich",
                "\"Parameters\": {\"Body.$\": \"$\", \"Headers\": {\"Region\": \"eu\"}, \"ResultHeaders\": [\"Enriched\"]}"),
                "{\"user\": \"u1\"}");

        assertThat(result.output()).as(Machines.describe(result))
                .isEqualTo(Machines.json("{\"Body\": {\"user\": \"u1\", \"region\": \"eu\"}, \"Headers\": {\"Enriched\": true}}"));
    }

    @Test
    void aDirectEndpointNobodyConsumesIsCatchable() {
        ExecutionResult result = run(task("nobody", "direct:nobody?block=false",
                "\"Catch\": [{\"ErrorEquals\": [\"Camel.NoConsumer\"], \"Next\": \"Done\"}]"), "{}");

        assertThat(result.output().get("Error").asText()).as(Machines.describe(result)).isEqualTo("Camel.NoConsumer");
        assertThat(result.output().get("Cause").asText()).isEqualTo(
                "no route consumes direct:nobody?block=false: start the route that reads it before running the pipeline");
    }

    @Test
    void aFileEndpointWritesTheInput(@TempDir Path directory) throws Exception {
        String uri = "file:" + directory + "?fileName=${date:now:yyyy}-scores.json";
        ExecutionResult result = run(task("file", uri,
                "\"Parameters\": {\"Body.$\": \"$.scores\", \"ResultHeaders\": [\"CamelFileNameProduced\"]}"),
                "{\"scores\": [1, 2]}");

        assertThat(result.succeeded()).as(Machines.describe(result)).isTrue();
        Path written = Path.of(result.output().at("/Headers/CamelFileNameProduced").asText());
        assertThat(written.getParent()).isEqualTo(directory);
        assertThat(written.getFileName().toString()).endsWith("-scores.json");
        assertThat(Files.readString(written, StandardCharsets.UTF_8)).isEqualTo("[1,2]");
    }

    @Test
    void anUnknownComponentSaysWhichDependencyToAdd() {
        assertThatThrownBy(() -> engine.load("k.asl.json", "k", task("kafka", "kafka:scores?brokers=localhost:9092", ""),
                Map.of(), List.of()))
                .isInstanceOf(DefinitionException.class)
                .hasMessageContaining("no Camel component 'kafka' is on the classpath for stepline:camel:kafka:scores")
                .hasMessageContaining("org.apache.camel:camel-kafka")
                .hasMessageContaining("STEPLINE_CLASSPATH");
    }

    @Test
    void validationWithoutAnEngineChecksTheComponentOnTheClasspath() {
        var bindings = Stepline.bindings(Json.NODES.objectNode(), Map.of(), Path.of("."));

        assertThat(bindings.whyUnbound("stepline:camel:kafka:scores")).contains("org.apache.camel:camel-kafka");
        assertThat(bindings.whyUnbound("stepline:camel:https://example.com/x?sig=${env:SIG}")).isNull();
        assertThat(bindings.whyUnbound("stepline:camel:direct:enrich")).isNull();
        assertThat(bindings.whyUnbound("stepline:camel:nothing")).contains("names no Camel endpoint");
    }

    @Test
    void anUnknownEndpointOptionIsABindingError() {
        assertThatThrownBy(() -> load(task("bad", "file:out?noSuchOption=1", "")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("noSuchOption");
    }

    @Test
    void secretReferencesInTheUriAreResolvedWhenTheTaskRunsAndOnlyTheReferenceIsKept(@TempDir Path directory)
            throws Exception {
        String secret = "sig+Ab/9Q z==&x";
        Path file = directory.resolve("sig");
        Files.writeString(file, secret + "\n");
        String reference = "${file:" + file + "}";

        ExecutionResult result = run(task("signed", http.base() + "/text?httpMethod=POST&sig=" + reference, ""), "{\"a\": 1}");

        assertThat(result.output()).as(Machines.describe(result)).isEqualTo(Json.NODES.textNode("pong POST"));
        String query = URLDecoder.decode(java.net.URI.create(http.requestsTo("/text?sig").get(0).uri()).getRawQuery(),
                StandardCharsets.UTF_8);
        assertThat(query).isEqualTo("sig=" + secret); // decoded: one value, as written in the file
        String history = HistoryJson.events(result.history()).toString();
        assertThat(history).contains("/text?httpMethod=POST&sig=" + reference).doesNotContain("sig+Ab");
    }

    @Test
    void anUnresolvableSecretIsCatchableAndNamesTheReference() {
        ExecutionResult result = run(task("unset", http.base() + "/text?sig=${env:STEPLINE_TEST_UNSET_VARIABLE}",
                "\"Catch\": [{\"ErrorEquals\": [\"Camel.SecretUnavailable\"], \"Next\": \"Done\"}]"), "{}");

        assertThat(result.output().get("Cause").asText()).as(Machines.describe(result)).isEqualTo("Resource stepline:camel:"
                + http.base() + "/text?sig=${env:STEPLINE_TEST_UNSET_VARIABLE}: environment variable "
                + "STEPLINE_TEST_UNSET_VARIABLE is not set");
    }

    /** A two-state machine: the task, then a Pass named Done (Catch targets). */
    private static String task(String name, String uri, String extra) {
        return """
                {"StartAt": "Call", "States": {
                  "Call": {"Type": "Task", "Resource": "stepline:camel:%s", %s "Next": "Done"},
                  "Done": {"Type": "Pass", "End": true}}}
                """.formatted(uri, extra.isEmpty() ? "" : extra + ",");
    }

    private static ExecutionResult run(String definition, String input) {
        return load(definition).run(Machines.json(input), new RunOptions(null, false, true));
    }

    private static Pipeline load(String definition) {
        String name = "camel-" + SEQUENCE.incrementAndGet();
        try {
            return engine.load(name + ".asl.json", name, definition, Map.of(), List.of());
        } catch (DefinitionException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }
}
