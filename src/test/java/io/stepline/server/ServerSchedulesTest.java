package io.stepline.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.engine.Stepline;
import io.stepline.json.Json;
import io.stepline.store.ExecutionFilter;
import io.stepline.store.ExecutionStatus;
import io.stepline.store.jdbc.JdbcExecutionStore;
import io.stepline.store.jdbc.StoreSettings;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A server started here fires its pipelines' schedules, runs backfills started over HTTP, and
 * pauses and resumes schedules (its own engine and H2 store: the shared fixture's schedules
 * never fire during a test).
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ServerSchedulesTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String PASS = """
            {"StartAt": "Partition", "States": {"Partition": {"Type": "Pass",
              "Parameters": {"partition.$": "States.Format('day={}', $.logicalDate)"}, "End": true}}}""";
    private static JdbcExecutionStore store;
    private static Stepline engine;
    private static StepFunctionsServer server;

    @BeforeAll
    static void start() throws Exception {
        Path root = Files.createTempDirectory("stepline-server-schedules");
        Path pipelines = root.resolve("pipelines");
        ServerFixture.write(pipelines.resolve("ticker/ticker.asl.json"), PASS);
        ServerFixture.write(pipelines.resolve("ticker/pipeline.yaml"), """
                schedules:
                  - {name: tick, cron: "* * * * * ?", timezone: UTC, interval: PT1S, catchUp: none}
                """);
        ServerFixture.write(pipelines.resolve("daily/daily.asl.json"), PASS);
        ServerFixture.write(pipelines.resolve("daily/pipeline.yaml"), """
                schedules:
                  - {name: nightly, cron: "0 0 3 * * ?", timezone: Europe/Amsterdam, interval: P1D, catchUp: none}
                """);
        ServerFixture.write(pipelines.resolve("misspelt/misspelt.asl.json"), PASS);
        ServerFixture.write(pipelines.resolve("misspelt/pipeline.yaml"), "schedules:\n  - {name: x, cron: \"0 0 3 * * ?\", catchup: all}\n");
        store = JdbcExecutionStore.open(StoreSettings.embedded(root.resolve("store/stepline")));
        engine = Stepline.start(Json.NODES.objectNode());
        engine.durable(store);
        server = StepFunctionsServer.start(engine, new ServerSettings("127.0.0.1", 0, null, pipelines));
    }

    @AfterAll
    static void stop() {
        server.close();
        engine.close();
        store.close();
    }

    private static HttpResponse<String> send(String method, String path, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("timed out waiting for " + what);
    }

    private static long succeeded(String pipeline) {
        return engine.durable().list(new ExecutionFilter(pipeline, null, 1000)).stream()
                .filter(r -> r.status() == ExecutionStatus.SUCCEEDED).count();
    }

    private static JsonNode pipeline(String name) throws Exception {
        JsonNode pipelines = Json.parse(send("GET", "/api/pipelines", null).body()).get("pipelines");
        return StreamSupport.stream(pipelines.spliterator(), false).filter(p -> p.get("name").asText().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no pipeline " + name + " in " + pipelines));
    }

    @Test
    void aScheduleFiringEverySecondProducesRuns() throws Exception {
        await("two runs of the ticking schedule", () -> succeeded("ticker") >= 2);
        assertThat(engine.durable().list(new ExecutionFilter("ticker", null, 1000)).get(0).name()).startsWith("tick-");
        JsonNode tick = pipeline("ticker").get("schedules").get(0);
        assertThat(tick.get("paused").asBoolean()).isFalse();
        assertThat(tick.get("nextFireTime").asText()).isNotBlank();
        assertThat(tick.get("interval").asText()).isEqualTo("PT1S");
    }

    @Test
    void aBackfillStartedOverHttpRunsItsIntervals() throws Exception {
        var started = send("POST", "/api/backfills",
                "{\"pipeline\": \"daily\", \"from\": \"2024-03-01\", \"to\": \"2024-03-03\", \"concurrency\": 2}");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        String id = Json.parse(started.body()).get("backfillId").asText();
        String path = "/api/backfills/" + java.net.URLEncoder.encode(id, java.nio.charset.StandardCharsets.UTF_8);
        await("the backfill to end", () -> {
            try {
                return Json.parse(send("GET", path, null).body()).get("status").asText().equals("DONE");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        JsonNode status = Json.parse(send("GET", path, null).body());
        assertThat(status.get("total").asInt()).isEqualTo(3);
        assertThat(status.get("done").asInt()).isEqualTo(3);
        assertThat(status.get("failed").asInt()).isZero();
        assertThat(status.get("remaining").asInt()).isZero();
        assertThat(engine.durable().list(new ExecutionFilter("daily", null, 100)))
                .extracting(r -> r.name()).contains("nightly-2024-03-01", "nightly-2024-03-02", "nightly-2024-03-03");
    }

    @Test
    void schedulesArePausedAndResumedOverHttp() throws Exception {
        var paused = send("POST", "/api/pipelines/daily/schedules/nightly/pause", null);
        assertThat(paused.statusCode()).as(paused.body()).isEqualTo(200);
        JsonNode nightly = pipeline("daily").get("schedules").get(0);
        assertThat(nightly.get("paused").asBoolean()).isTrue();
        assertThat(nightly.get("nextFireTime").isNull()).isTrue();

        assertThat(send("POST", "/api/pipelines/daily/schedules/nightly/resume", null).statusCode()).isEqualTo(200);
        nightly = pipeline("daily").get("schedules").get(0);
        assertThat(nightly.get("paused").asBoolean()).isFalse();
        assertThat(nightly.get("nextFireTime").asText()).matches("\\d{4}-\\d\\d-\\d\\dT0[12]:00:00Z");

        var unknown = send("POST", "/api/pipelines/daily/schedules/hourly/pause", null);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(Json.parse(unknown.body()).get("error").asText()).contains("has no schedule 'hourly'");
    }

    @Test
    void aPipelineWhoseSettingsCannotBeReadSaysWhy() throws Exception {
        JsonNode misspelt = pipeline("misspelt");
        assertThat(misspelt.get("diagnostics").findValuesAsText("message"))
                .anySatisfy(m -> assertThat(m).contains("catchup"));
    }
}
