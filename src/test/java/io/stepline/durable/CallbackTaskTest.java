package io.stepline.durable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stepline.engine.DurableExecutions;
import io.stepline.engine.Stepline;
import io.stepline.engine.TaskTokenException;
import io.stepline.json.Json;
import io.stepline.runtime.ExecutionResult;
import io.stepline.store.jdbc.JdbcExecutionStore;
import io.stepline.store.jdbc.StoreSettings;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code .waitForTaskToken}: the task waits for SendTaskSuccess/Failure/Heartbeat, from any process. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class CallbackTaskTest {
    private static final String APPROVAL = """
            {"StartAt": "Ask", "States": {"Ask": {"Type": "Task",
              "Resource": "arn:aws:states:::lambda:invoke.waitForTaskToken", "HeartbeatSeconds": %d,
              "Parameters": {"FunctionName": "notify", "Payload": {"token.$": "$$.Task.Token", "order.$": "$.order"}},
              "ResultPath": "$.decision", "End": true}}}""";

    /** An engine whose {@code notify} function only records the token it was given. */
    static Stepline engine(BlockingQueue<String> sentTokens) {
        Stepline engine = Stepline.start(Json.NODES.objectNode());
        engine.register("notify", (payload, control) -> {
            sentTokens.add(payload.get("token").asText());
            return Json.NODES.objectNode().put("queued", true);
        });
        return engine;
    }

    @ParameterizedTest
    @MethodSource("io.stepline.durable.DurableStores#databases")
    void successFromAnotherProcessAfterARestart(String database) throws Exception {
        StoreSettings settings = DurableStores.fresh(database, "callback_success");
        BlockingQueue<String> sent = new LinkedBlockingQueue<>();
        String arn;
        String token;
        try (JdbcExecutionStore store = JdbcExecutionStore.open(settings); Stepline first = engine(sent)) {
            var start = first.durable(store).start("approvals", APPROVAL.formatted(600), "order-7",
                    Json.parse("{\"order\": 7}"));
            arn = start.record().executionArn();
            token = sent.poll(30, TimeUnit.SECONDS);
            assertThat(token).isNotBlank();
        }
        try (JdbcExecutionStore store = JdbcExecutionStore.open(settings); Stepline worker = engine(sent);
                JdbcExecutionStore cliStore = JdbcExecutionStore.open(settings);
                Stepline cli = Stepline.start(Json.NODES.objectNode())) {
            DurableExecutions durable = worker.durable(store);
            assertThat(durable.resumeAll()).isEqualTo(1);
            assertThat(sent.poll(500, TimeUnit.MILLISECONDS)).as("a waiting callback is not sent again").isNull();
            // taken while it waits for the answer: once answered it may end and leave the live set at once
            var running = durable.live(arn).orElseThrow();
            cli.durable(cliStore).sendTaskSuccess(token, Json.parse("{\"approved\": true}"));
            ExecutionResult result = running.result().get(30, TimeUnit.SECONDS);
            assertThat(result.output().toString()).isEqualTo("{\"order\":7,\"decision\":{\"approved\":true}}");
            assertThat(durable.history(arn).stream().map(e -> e.get("type").asText()))
                    .containsSubsequence("TaskScheduled", "TaskStarted", "TaskSubmitted", "TaskSucceeded");
            assertThatThrownBy(() -> durable.sendTaskSuccess(token, Json.NODES.objectNode()))
                    .isInstanceOf(TaskTokenException.class).hasMessageContaining("Task Timed Out");
        }
    }

    @ParameterizedTest
    @MethodSource("io.stepline.durable.DurableStores#databases")
    void failureAndMissingHeartbeats(String database) throws Exception {
        StoreSettings settings = DurableStores.fresh(database, "callback_failure");
        BlockingQueue<String> sent = new LinkedBlockingQueue<>();
        try (JdbcExecutionStore store = JdbcExecutionStore.open(settings); Stepline engine = engine(sent)) {
            DurableExecutions durable = engine.durable(store);
            var rejected = durable.start("approvals", APPROVAL.formatted(600), "rejected", Json.parse("{\"order\": 1}"));
            durable.sendTaskFailure(sent.poll(30, TimeUnit.SECONDS), "Rejected", "the manager said no");
            ExecutionResult failed = rejected.execution().result().get(30, TimeUnit.SECONDS);
            assertThat(failed.error()).isEqualTo("Rejected");
            assertThat(failed.cause()).isEqualTo("the manager said no");

            var silent = durable.start("approvals", APPROVAL.formatted(1), "silent", Json.parse("{\"order\": 2}"));
            String token = sent.poll(30, TimeUnit.SECONDS);
            ExecutionResult timedOut = silent.execution().result().get(30, TimeUnit.SECONDS);
            assertThat(timedOut.error()).isEqualTo("States.HeartbeatTimeout");
            assertThatThrownBy(() -> durable.sendTaskHeartbeat("no-such-token"))
                    .isInstanceOf(TaskTokenException.class).hasMessageContaining("Task Does Not Exist");
            assertThat(token).isNotBlank();
        }
    }

    @ParameterizedTest
    @MethodSource("io.stepline.durable.DurableStores#databases")
    void heartbeatsKeepItAlive(String database) throws Exception {
        StoreSettings settings = DurableStores.fresh(database, "callback_heartbeat");
        BlockingQueue<String> sent = new LinkedBlockingQueue<>();
        try (JdbcExecutionStore store = JdbcExecutionStore.open(settings); Stepline engine = engine(sent)) {
            DurableExecutions durable = engine.durable(store);
            var start = durable.start("approvals", APPROVAL.formatted(2), "patient", Json.parse("{\"order\": 3}"));
            String token = sent.poll(30, TimeUnit.SECONDS);
            for (int i = 0; i < 4; i++) {
                Thread.sleep(1000);
                durable.sendTaskHeartbeat(token);
            }
            durable.sendTaskSuccess(token, Json.parse("\"ok\""));
            assertThat(start.execution().result().get(30, TimeUnit.SECONDS).output().get("decision").asText())
                    .isEqualTo("ok");
        }
    }
}
