package io.stepline.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.stepline.engine.Stepline;
import io.stepline.json.Json;
import io.stepline.store.jdbc.JdbcExecutionStore;
import io.stepline.store.jdbc.StoreSettings;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.StateMachineDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.StateMachineListItem;
import software.amazon.awssdk.services.sfn.model.StateMachineType;

/** What the API did before a restart of the server on the same store is what it answers after it. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ServerRestartTest {
    private static final String PASS = """
            {"StartAt": "A", "States": {"A": {"Type": "Pass", "Result": 1, "End": true}}}""";
    private static final String WAITS = """
            {"StartAt": "Long", "States": {"Long": {"Type": "Wait", "Seconds": 3600, "End": true}}}""";
    private static final String PREFIX = "arn:aws:states:local:000000000000:stateMachine:";

    private Path root;
    private Path pipelines;
    private JdbcExecutionStore store;
    private Stepline engine;
    private StepFunctionsServer server;
    private SfnClient sfn;

    @BeforeEach
    void start() throws Exception {
        root = Files.createTempDirectory("stepline-server-restart");
        pipelines = root.resolve("pipelines");
        ServerFixture.write(pipelines.resolve("daily/daily.asl.json"), PASS);
        ServerFixture.write(pipelines.resolve("daily/pipeline.yaml"), """
                schedules:
                  - {name: nightly, cron: "0 0 3 * * ?", timezone: Europe/Amsterdam, interval: P1D, catchUp: none}
                """);
        open();
    }

    private void open() {
        store = JdbcExecutionStore.open(StoreSettings.embedded(root.resolve("store/stepline")));
        engine = Stepline.start(Json.NODES.objectNode());
        engine.durable(store);
        server = StepFunctionsServer.start(engine, new ServerSettings("127.0.0.1", 0, null, pipelines));
        sfn = SfnClients.of(server.url(), "test");
    }

    @AfterEach
    void close() {
        sfn.close();
        server.close();
        engine.close();
        store.close();
    }

    private void restart() {
        close();
        open();
    }

    @Test
    void anExpressMachineStaysExpressAndADeletedOneStaysDeleted() {
        String express = sfn.createStateMachine(r -> r.name("quick").definition(PASS).type(StateMachineType.EXPRESS)
                .roleArn("arn:aws:iam::000000000000:role/quick")).stateMachineArn();
        String doomed = sfn.createStateMachine(r -> r.name("doomed").definition(WAITS)
                .roleArn("arn:aws:iam::000000000000:role/x")).stateMachineArn();
        String waiting = sfn.startExecution(r -> r.stateMachineArn(doomed).name("waiting")).executionArn();
        sfn.deleteStateMachine(r -> r.stateMachineArn(doomed));
        // AWS ends the running executions of a deleted machine; they stay readable
        assertThat(sfn.describeExecution(r -> r.executionArn(waiting)).status()).isEqualTo(ExecutionStatus.ABORTED);

        restart();

        var described = sfn.describeStateMachine(r -> r.stateMachineArn(express));
        assertThat(described.type()).isEqualTo(StateMachineType.EXPRESS);
        assertThat(described.roleArn()).isEqualTo("arn:aws:iam::000000000000:role/quick");
        assertThat(sfn.startSyncExecution(r -> r.stateMachineArn(express)).output()).isEqualTo("1");
        assertThatThrownBy(() -> sfn.describeStateMachine(r -> r.stateMachineArn(doomed)))
                .isInstanceOf(StateMachineDoesNotExistException.class);
        assertThatThrownBy(() -> sfn.startExecution(r -> r.stateMachineArn(doomed).name("after")))
                .isInstanceOf(StateMachineDoesNotExistException.class);
        assertThat(sfn.listStateMachines(r -> { }).stateMachines()).extracting(StateMachineListItem::name,
                StateMachineListItem::type).containsExactly(tuple("daily", StateMachineType.STANDARD),
                        tuple("quick", StateMachineType.EXPRESS));
        assertThat(sfn.describeExecution(r -> r.executionArn(waiting)).status())
                .as("a deleted machine's executions stay readable, and are not resumed").isEqualTo(ExecutionStatus.ABORTED);

        // created again after its deletion, it is a machine again, also after the next restart
        sfn.createStateMachine(r -> r.name("doomed").definition(PASS).roleArn("arn:aws:iam::000000000000:role/x"));
        restart();
        assertThat(sfn.describeStateMachine(r -> r.stateMachineArn(PREFIX + "doomed")).type())
                .isEqualTo(StateMachineType.STANDARD);
    }

    @Test
    void aBackfillsStatusIsReadFromTheStoreAfterARestart() throws Exception {
        // an interval run before the backfill: the backfill (policy missing) skips it
        String earlier = backfill("{\"pipeline\": \"daily\", \"from\": \"2024-03-02\", \"to\": \"2024-03-02\"}");
        awaitDone(earlier);
        String id = backfill("{\"pipeline\": \"daily\", \"from\": \"2024-03-01\", \"to\": \"2024-03-04\"}");
        awaitDone(id);
        JsonNode before = status(id);

        restart();

        HttpResponse<String> after = get("/api/backfills/" + URLEncoder.encode(id, StandardCharsets.UTF_8));
        assertThat(after.statusCode()).as(after.body()).isEqualTo(200);
        JsonNode status = Json.parse(after.body());
        assertThat(status.get("status").asText()).isEqualTo("DONE");
        assertThat(status.get("pipeline").asText()).isEqualTo("daily");
        assertThat(status.get("schedule").asText()).isEqualTo("nightly");
        assertThat(status.get("total").asInt()).isEqualTo(3);
        assertThat(status.get("done").asInt()).isEqualTo(3);
        assertThat(status.get("skipped").asInt()).isEqualTo(1);
        assertThat(status.get("running").asInt()).isZero();
        assertThat(status.get("failed").asInt()).isZero();
        assertThat(status.get("remaining").asInt()).isZero();
        for (String field : new String[] {"total", "done", "skipped", "failed", "remaining"}) {
            assertThat(status.get(field)).as(field + " as the server that ran it said").isEqualTo(before.get(field));
        }
        assertThat(status(earlier).get("total").asInt()).isEqualTo(1);
        assertThat(get("/api/backfills/daily.nightly.2020-01-01.2020-01-02.missing.g1").statusCode()).isEqualTo(404);

        // the same request again after it finished starts its next generation, which finds nothing missing
        String next = backfill("{\"pipeline\": \"daily\", \"from\": \"2024-03-01\", \"to\": \"2024-03-04\"}");
        assertThat(next).isEqualTo(id.replace(".g1", ".g2"));
        awaitDone(next);
        assertThat(status(next).get("skipped").asInt()).isEqualTo(4);
    }

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String backfill(String body) throws Exception {
        HttpResponse<String> started = HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + "/api/backfills"))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        return Json.parse(started.body()).get("backfillId").asText();
    }

    private JsonNode status(String id) throws Exception {
        HttpResponse<String> response = get("/api/backfills/" + URLEncoder.encode(id, StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.parse(response.body());
    }

    private void awaitDone(String id) throws Exception {
        for (int i = 0; i < 600; i++) {
            if (status(id).get("status").asText().equals("DONE")) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("backfill " + id + " did not end: " + status(id));
    }

    @Test
    void editedPipelineSettingsApplyWithoutARestart() throws Exception {
        assertThat(schedule("daily", "nightly").get("cron").asText()).isEqualTo("0 0 3 * * ?");

        ServerFixture.write(pipelines.resolve("daily/pipeline.yaml"), """
                schedules:
                  - {name: nightly, cron: "0 0 4 * * ?", timezone: Europe/Amsterdam, interval: P1D, catchUp: none}
                  - {name: hourly, cron: "0 0 * * * ?", timezone: UTC, interval: PT1H, paused: true}
                """);
        awaitPipelines("the changed cron and the new paused schedule", () ->
                schedule("daily", "nightly").get("cron").asText().equals("0 0 4 * * ?")
                        && schedule("daily", "hourly") != null);
        assertThat(java.time.Instant.parse(schedule("daily", "nightly").get("nextFireTime").asText())
                .atZone(java.time.ZoneId.of("Europe/Amsterdam")).getHour()).isEqualTo(4);
        assertThat(schedule("daily", "hourly").get("paused").asBoolean()).isTrue();
        assertThat(schedule("daily", "hourly").get("nextFireTime").isNull()).isTrue();

        // a broken edit keeps the last good schedules and says what is wrong
        ServerFixture.write(pipelines.resolve("daily/pipeline.yaml"), """
                schedules:
                  - {name: nightly, cron: "0 0 25 * * ?", timezone: Europe/Amsterdam}
                """);
        awaitPipelines("the broken file's diagnostic", () -> pipeline("daily").get("diagnostics").toString()
                .contains("last readable settings stay in force"));
        assertThat(pipeline("daily").get("diagnostics").toString()).contains("cron");
        assertThat(schedule("daily", "nightly").get("cron").asText()).isEqualTo("0 0 4 * * ?");
        assertThat(schedule("daily", "hourly")).isNotNull();

        // a new pipeline folder is picked up; a schedule removed from its file is gone
        ServerFixture.write(pipelines.resolve("weekly/weekly.asl.json"), PASS);
        ServerFixture.write(pipelines.resolve("weekly/pipeline.yaml"), """
                schedules:
                  - {name: mondays, cron: "0 0 6 ? * MON", timezone: UTC, interval: P1D}
                """);
        ServerFixture.write(pipelines.resolve("daily/pipeline.yaml"), """
                schedules:
                  - {name: nightly, cron: "0 0 4 * * ?", timezone: Europe/Amsterdam, interval: P1D, catchUp: none}
                """);
        awaitPipelines("the new pipeline's schedule and the removed one", () -> schedule("weekly", "mondays") != null
                && schedule("daily", "hourly") == null);
        assertThat(pipeline("daily").get("diagnostics").toString()).doesNotContain("last readable settings");
        assertThat(schedule("weekly", "mondays").get("nextFireTime").asText()).isNotBlank();
    }

    private JsonNode pipeline(String name) throws Exception {
        HttpResponse<String> response = get("/api/pipelines");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        for (JsonNode pipeline : Json.parse(response.body()).get("pipelines")) {
            if (pipeline.get("name").asText().equals(name)) {
                return pipeline;
            }
        }
        return Json.NODES.objectNode();
    }

    /** The schedule as /api/pipelines shows it, or null. */
    private JsonNode schedule(String pipeline, String name) throws Exception {
        for (JsonNode schedule : pipeline(pipeline).path("schedules")) {
            if (schedule.get("name").asText().equals(name)) {
                return schedule;
            }
        }
        return null;
    }

    @FunctionalInterface
    private interface Check {
        boolean holds() throws Exception;
    }

    private void awaitPipelines(String what, Check check) throws Exception {
        for (int i = 0; i < 400; i++) {
            if (check.holds()) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("timed out waiting for " + what + ": " + get("/api/pipelines").body());
    }
}
