package io.stepline.durable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stepline.engine.DurableExecutions;
import io.stepline.engine.MachineDefinition;
import io.stepline.engine.Stepline;
import io.stepline.engine.TaskTokenException;
import io.stepline.json.Json;
import io.stepline.runtime.ExecutionResult;
import io.stepline.store.ExecutionStatus;
import io.stepline.store.jdbc.JdbcExecutionStore;
import io.stepline.store.jdbc.StoreSettings;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * When a callback token ({@code .waitForTaskToken}) takes answers: from before its task runs (an
 * answer sent from inside the task, before its path parks, counts, even across a crash) until its
 * attempt or execution ends (then TaskTimedOut); a token never issued is TaskDoesNotExist.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class CallbackTokenLifetimeTest {
    private static final String APPROVAL = """
            {"StartAt": "Ask", "States": {"Ask": {"Type": "Task",
              "Resource": "arn:aws:states:::lambda:invoke.waitForTaskToken",
              "Parameters": {"FunctionName": "notify", "Payload": {"token.$": "$$.Task.Token", "order.$": "$.order"}},
              "ResultPath": "$.decision", "End": true}}}""";

    /** Each attempt's heartbeat runs out after a second; one retry, then the execution fails. */
    private static final String RETRIED = """
            {"StartAt": "Ask", "States": {"Ask": {"Type": "Task",
              "Resource": "arn:aws:states:::lambda:invoke.waitForTaskToken", "HeartbeatSeconds": 1,
              "Parameters": {"FunctionName": "notify", "Payload": {"token.$": "$$.Task.Token"}},
              "Retry": [{"ErrorEquals": ["States.HeartbeatTimeout"], "IntervalSeconds": 1, "MaxAttempts": 1}],
              "End": true}}}""";

    @ParameterizedTest
    @MethodSource("io.stepline.durable.DurableStores#databases")
    void anAnswerSentFromInsideTheTaskIsKept(String database) throws Exception {
        StoreSettings settings = DurableStores.fresh(database, "callback_inside");
        AtomicReference<DurableExecutions> durable = new AtomicReference<>();
        try (JdbcExecutionStore store = JdbcExecutionStore.open(settings);
                Stepline engine = Stepline.start(Json.NODES.objectNode())) {
            engine.register("notify", (payload, control) -> {
                // the worker answers before the task has returned, so before its path parks
                durable.get().sendTaskSuccess(payload.get("token").asText(), Json.parse("{\"approved\": true}"));
                return Json.NODES.objectNode().put("queued", true);
            });
            durable.set(engine.durable(store));
            var start = durable.get().start("approvals", APPROVAL, "inside", Json.parse("{\"order\": 1}"));
            ExecutionResult result = start.execution().result().get(60, TimeUnit.SECONDS);
            assertThat(result.status().name()).isEqualTo("SUCCEEDED");
            assertThat(result.output().toString()).isEqualTo("{\"order\":1,\"decision\":{\"approved\":true}}");
        }
    }

    @ParameterizedTest
    @MethodSource("io.stepline.durable.DurableStores#databases")
    void aTokenNeverIssuedDoesNotExist(String database) {
        StoreSettings settings = DurableStores.fresh(database, "callback_unknown");
        try (JdbcExecutionStore store = JdbcExecutionStore.open(settings);
                Stepline engine = Stepline.start(Json.NODES.objectNode())) {
            DurableExecutions durable = engine.durable(store);
            assertThatThrownBy(() -> durable.sendTaskSuccess("never-issued", Json.NODES.objectNode()))
                    .isInstanceOf(TaskTokenException.class).hasMessageContaining("Task Does Not Exist")
                    .satisfies(e -> assertThat(((TaskTokenException) e).awsError()).isEqualTo("TaskDoesNotExist"));
            assertThatThrownBy(() -> durable.sendTaskHeartbeat("never-issued"))
                    .isInstanceOf(TaskTokenException.class).hasMessageContaining("Task Does Not Exist");
        }
    }

    @ParameterizedTest
    @MethodSource("io.stepline.durable.DurableStores#databases")
    void aTimedOutAttemptsTokenIsRejectedAndTheRetryGetsANewOne(String database) throws Exception {
        StoreSettings settings = DurableStores.fresh(database, "callback_retried");
        BlockingQueue<String> sent = new LinkedBlockingQueue<>();
        try (JdbcExecutionStore store = JdbcExecutionStore.open(settings); Stepline engine = CallbackTaskTest.engine(sent)) {
            DurableExecutions durable = engine.durable(store);
            var start = durable.start(MachineDefinition.text("retried", RETRIED), "retried",
                    Json.parse("{}"), false);
            durable.resumeAll(); // runs it on the pool: this thread answers
            String first = sent.poll(30, TimeUnit.SECONDS);
            String second = sent.poll(30, TimeUnit.SECONDS);
            assertThat(second).as("the retry's own token").isNotNull().isNotEqualTo(first);
            // taken while it waits for the answer: once answered it may end and leave the live set at once
            var running = durable.live(start.record().executionArn()).orElseThrow();
            assertTimedOut(() -> durable.sendTaskSuccess(first, Json.parse("\"late\"")));
            durable.sendTaskSuccess(second, Json.parse("\"on time\""));
            ExecutionResult result = running.result().get(30, TimeUnit.SECONDS);
            assertThat(result.output().asText()).isEqualTo("on time");
            assertTimedOut(() -> durable.sendTaskFailure(first, "Late", "after the retry"));
        }
    }

    @ParameterizedTest
    @MethodSource("io.stepline.durable.DurableStores#databases")
    void aStoppedExecutionsTokenIsRejected(String database) throws Exception {
        StoreSettings settings = DurableStores.fresh(database, "callback_stopped");
        BlockingQueue<String> sent = new LinkedBlockingQueue<>();
        try (JdbcExecutionStore store = JdbcExecutionStore.open(settings); Stepline engine = CallbackTaskTest.engine(sent)) {
            DurableExecutions durable = engine.durable(store);
            var start = durable.start("approvals", APPROVAL, "stopped", Json.parse("{\"order\": 2}"));
            String token = sent.poll(30, TimeUnit.SECONDS);
            durable.stop(start.record().executionArn());
            assertThat(durable.describe(start.record().executionArn()).orElseThrow().status())
                    .isEqualTo(ExecutionStatus.ABORTED);
            assertTimedOut(() -> durable.sendTaskSuccess(token, Json.parse("\"too late\"")));
            assertTimedOut(() -> durable.sendTaskHeartbeat(token));
        }
    }

    /**
     * The process dies after the answer was committed but before the path parked: the first
     * engine's store is closed while its task is still running, so nothing more of it is written
     * (the state a SIGKILL leaves), and its lease is made to run out as it would 30 s after a
     * kill. The engine that resumes runs the task again with the same token (it is the same
     * attempt) and takes the answer that came first.
     */
    @ParameterizedTest
    @MethodSource("io.stepline.durable.DurableStores#databases")
    void anAnswerThatCameBeforeACrashIsKept(String database) throws Exception {
        StoreSettings settings = DurableStores.fresh(database, "callback_crash");
        CountDownLatch answered = new CountDownLatch(1);
        CountDownLatch killed = new CountDownLatch(1);
        AtomicReference<DurableExecutions> first = new AtomicReference<>();
        AtomicReference<String> token = new AtomicReference<>();
        try (Stepline firstEngine = Stepline.start(Json.NODES.objectNode())) {
            firstEngine.register("notify", (payload, control) -> {
                token.set(payload.get("token").asText());
                first.get().sendTaskSuccess(token.get(), Json.parse("{\"approved\": \"before the crash\"}"));
                answered.countDown();
                killed.await(); // returns only once its store is gone: whatever it writes then is lost
                return Json.NODES.objectNode();
            });
            JdbcExecutionStore firstStore = JdbcExecutionStore.open(settings);
            first.set(firstEngine.durable(firstStore));
            String arn = first.get().startInBackground(MachineDefinition.text("approvals", APPROVAL), "crash",
                    Json.parse("{\"order\": 3}")).record().executionArn();
            assertThat(answered.await(30, TimeUnit.SECONDS)).isTrue();
            firstStore.close();
            killed.countDown();

            BlockingQueue<String> sentAgain = new LinkedBlockingQueue<>();
            try (JdbcExecutionStore store = JdbcExecutionStore.open(settings); Stepline engine = CallbackTaskTest.engine(sentAgain)) {
                store.renewLeases(first.get().owner(), 0);
                DurableExecutions durable = engine.durable(store);
                assertThat(durable.resumeAll()).isEqualTo(1);
                assertThat(sentAgain.poll(30, TimeUnit.SECONDS)).as("the task runs again, with the same token")
                        .isEqualTo(token.get());
                ExecutionResult result = durable.live(arn).orElseThrow().result().get(30, TimeUnit.SECONDS);
                assertThat(result.output().path("decision").path("approved").asText()).isEqualTo("before the crash");
                assertTimedOut(() -> durable.sendTaskSuccess(token.get(), Json.parse("\"again\"")));
            }
        }
    }

    private static void assertTimedOut(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(TaskTokenException.class)
                .satisfies(e -> assertThat(((TaskTokenException) e).awsError()).isEqualTo("TaskTimedOut"));
    }
}
