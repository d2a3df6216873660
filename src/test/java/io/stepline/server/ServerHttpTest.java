package io.stepline.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.json.Json;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The UI's JSON endpoints, the event stream, task logs, health and metrics, over real HTTP. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ServerHttpTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(ServerFixture.server().url() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(String path, String body, String... headers) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(ServerFixture.server().url() + path))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Starts an execution through the Step Functions API (plain HTTP, AWS JSON 1.0) and waits for its end. */
    static String runToEnd(String machine, String name) throws Exception {
        var started = post("/", "{\"stateMachineArn\": \"arn:aws:states:local:000000000000:stateMachine:" + machine
                + "\", \"name\": \"" + name + "\"}", "X-Amz-Target", "AWSStepFunctions.StartExecution",
                "Content-Type", "application/x-amz-json-1.0");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        String arn = Json.parse(started.body()).get("executionArn").asText();
        for (int i = 0; i < 600; i++) {
            var described = post("/", "{\"executionArn\": \"" + arn + "\"}", "X-Amz-Target",
                    "AWSStepFunctions.DescribeExecution", "Content-Type", "application/x-amz-json-1.0");
            if (!"RUNNING".equals(Json.parse(described.body()).path("status").asText())) {
                return arn;
            }
            Thread.sleep(50);
        }
        throw new AssertionError(arn + " did not end");
    }

    @Test
    void healthReadinessAndTheUiEntry() throws Exception {
        assertThat(get("/health").statusCode()).isEqualTo(200);
        assertThat(Json.parse(get("/ready").body()).get("status").asText()).isEqualTo("READY");
        var root = HTTP.send(HttpRequest.newBuilder(URI.create(ServerFixture.server().url() + "/")).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(root.statusCode()).isEqualTo(302);
        assertThat(root.headers().firstValue("Location")).hasValue("/ui/");
        assertThat(get("/api/nothing-here").statusCode()).isEqualTo(404);
    }

    /** "/", "/ui" and "/ui/" all end at the UI's page, each within a few redirects (no loop). */
    @Test
    void everyUiEntryEndsAtTheIndexWithoutLooping() throws Exception {
        for (String start : java.util.List.of("/", "/ui", "/ui/")) {
            URI at = URI.create(ServerFixture.server().url() + start);
            HttpResponse<String> response = null;
            for (int redirects = 0; redirects <= 3; redirects++) {
                response = HTTP.send(HttpRequest.newBuilder(at).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() / 100 != 3) {
                    break;
                }
                assertThat(redirects).as(start + " redirects again to " + at).isLessThan(3);
                at = at.resolve(response.headers().firstValue("Location").orElseThrow());
            }
            assertThat(at.getPath()).as(start).isEqualTo("/ui/");
            // the UI's page (built into target/classes/ui), or the clear 404 of a build without it
            assertThat(response.statusCode()).as(start).isIn(200, 404);
            if (response.statusCode() == 200) {
                assertThat(response.body()).contains("<div id=\"root\"");
            }
        }
    }

    @Test
    void pipelinesWithSchedulesDiagnosticsAndLastRuns() throws Exception {
        runToEnd("hello", "for-the-pipelines-page");
        JsonNode pipelines = Json.parse(get("/api/pipelines").body()).get("pipelines");
        JsonNode hello = find(pipelines, "hello");
        assertThat(hello.get("stateMachineArn").asText()).isEqualTo("arn:aws:states:local:000000000000:stateMachine:hello");
        assertThat(hello.get("type").asText()).isEqualTo("STANDARD");
        assertThat(hello.get("definition").asText()).isEqualTo(ServerFixture.HELLO);
        assertThat(hello.get("definitionFile").asText()).isEqualTo("hello/hello.asl.json");
        JsonNode nightly = hello.get("schedules").get(0);
        assertThat(nightly.get("name").asText()).isEqualTo("nightly");
        assertThat(nightly.get("timezone").asText()).isEqualTo("Europe/Amsterdam");
        assertThat(nightly.get("nextFireTime").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:30:00Z");
        assertThat(hello.get("lastExecutions").findValuesAsText("name")).contains("for-the-pipelines-page");
        assertThat(find(pipelines, "doubler").get("type").asText()).isEqualTo("EXPRESS");

        JsonNode broken = find(pipelines, "broken");
        assertThat(broken.get("diagnostics").size()).isPositive();
        JsonNode nowhere = StreamSupport.stream(broken.get("diagnostics").spliterator(), false)
                .filter(d -> "First".equals(d.path("state").asText(null))).findFirst().orElseThrow();
        assertThat(nowhere.get("severity").asText()).isEqualTo("ERROR");
        assertThat(nowhere.get("line").asInt()).isEqualTo(2);
        assertThat(nowhere.get("pointer").asText()).startsWith("/States/First");
    }

    @Test
    void validateGivesDiagnosticsWithLinesAndStates() throws Exception {
        String yaml = "StartAt: A\nStates:\n  A:\n    Type: Pass\n    Next: B\n";
        var response = post("/api/validate", Json.write(Json.NODES.objectNode().put("definition", yaml)));
        JsonNode diagnostic = Json.parse(response.body()).get("diagnostics").get(0);
        assertThat(diagnostic.get("state").asText()).isEqualTo("A");
        assertThat(diagnostic.get("line").asInt()).isEqualTo(5);
        assertThat(diagnostic.get("code").asText()).isNotBlank();
        var malformed = post("/api/validate", "{\"definition\": \"{\\\"StartAt\\\": \"}");
        assertThat(Json.parse(malformed.body()).get("diagnostics").get(0).get("code").asText()).isEqualTo("MALFORMED");
        assertThat(post("/api/validate", "not json").statusCode()).isEqualTo(400);
    }

    @Test
    void taskLogsAreFiledUnderTheirStateWithSecretsMasked() throws Exception {
        String arn = runToEnd("chatty", "logs-1");
        String encoded = URLEncoder.encode(arn, StandardCharsets.UTF_8);
        JsonNode all = Json.parse(get("/api/executions/" + encoded + "/logs").body()).get("lines");
        assertThat(all.findValuesAsText("state")).containsExactly("Load", "Store");
        JsonNode load = Json.parse(get("/api/executions/" + encoded + "/logs?state=Load").body()).get("lines");
        assertThat(load).hasSize(1);
        assertThat(load.get(0).get("message").asText()).isEqualTo("loaded 3 rows with password ****");
        assertThat(load.get(0).get("level").asText()).isEqualTo("INFO");
        assertThat(load.get(0).get("attempt").asInt()).isZero();
        assertThat(get("/api/executions/" + encoded + "/logs").body()).doesNotContain(ServerFixture.SECRET);
        assertThat(get("/api/executions/" + URLEncoder.encode(arn + "-nope", StandardCharsets.UTF_8) + "/logs")
                .statusCode()).isEqualTo(404);
    }

    @Test
    void theStreamSendsEveryEventThenTheEnd() throws Exception {
        String arn = runToEnd("hello", "streamed");
        String body = get("/api/executions/" + URLEncoder.encode(arn, StandardCharsets.UTF_8) + "/stream").body();
        assertThat(body).contains("event: history\nid: 1\ndata: {\"id\":1,");
        assertThat(body).contains("\"type\":\"ExecutionSucceeded\"");
        assertThat(body).endsWith("event: end\ndata: {\"status\":\"SUCCEEDED\"}\n\n");
    }

    @Test
    void metricsCountExecutionsByPipeline() throws Exception {
        runToEnd("hello", "counted");
        runToEnd("chatty", "counted-too");
        Thread.sleep(200); // the counters are updated when each execution's result completes
        String metrics = get("/metrics").body();
        assertThat(metrics).contains("stepline_executions_started_total{pipeline=\"hello\"}");
        assertThat(metrics).contains("stepline_executions_succeeded_total{pipeline=\"hello\"}");
        assertThat(metrics).contains("stepline_state_duration_seconds_count{pipeline=\"chatty\",state=\"Load\"}");
        assertThat(metrics).contains("stepline_paths_queue");
    }

    @Test
    void badBackfillRequestsSayWhatIsWrong() throws Exception {
        var missing = post("/api/backfills", "{\"pipeline\": \"hello\"}");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(Json.parse(missing.body()).get("error").asText()).contains("from: missing");
        var notADate = post("/api/backfills", "{\"pipeline\": \"hello\", \"from\": \"2024-13-01\", \"to\": \"2024-01-02\"}");
        assertThat(Json.parse(notADate.body()).get("error").asText()).contains("from: '2024-13-01' is not a date");
        var unknown = post("/api/backfills", "{\"pipeline\": \"nope\", \"from\": \"2024-01-01\", \"to\": \"2024-01-02\"}");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(Json.parse(unknown.body()).get("error").asText()).contains("no pipeline 'nope'");
        assertThat(get("/api/backfills/never-started").statusCode()).isEqualTo(404);
    }

    private static JsonNode find(JsonNode pipelines, String name) {
        return StreamSupport.stream(pipelines.spliterator(), false).filter(p -> p.get("name").asText().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no pipeline " + name + " in " + pipelines));
    }
}
