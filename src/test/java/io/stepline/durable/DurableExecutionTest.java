package io.stepline.durable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepline.engine.DurableExecutions;
import io.stepline.engine.ExecutionAlreadyExistsException;
import io.stepline.engine.Stepline;
import io.stepline.json.Json;
import io.stepline.runtime.ExecutionResult;
import io.stepline.store.ExecutionRecord;
import io.stepline.store.ExecutionStatus;
import io.stepline.store.jdbc.JdbcExecutionStore;
import io.stepline.store.jdbc.StoreSettings;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** STANDARD executions on H2 and PostgreSQL: persisted history, idempotent names, resume, stop, redrive. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class DurableExecutionTest {
    private static final String PIPELINE = """
            {"StartAt": "Prepare", "States": {
              "Prepare": {"Type": "Pass", "Parameters": {"items.$": "$.items", "n.$": "$.n"}, "Next": "Double"},
              "Double": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:1:function:double",
                         "InputPath": "$.n", "ResultPath": "$.doubled", "Next": "Pause"},
              "Pause": {"Type": "Wait", "Seconds": 1, "Next": "Both"},
              "Both": {"Type": "Parallel", "ResultPath": "$.both", "Next": "Each", "Branches": [
                {"StartAt": "A", "States": {"A": {"Type": "Pass", "Result": "a", "End": true}}},
                {"StartAt": "B", "States": {"B": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:1:function:double",
                                                   "InputPath": "$.n", "End": true}}}]},
              "Each": {"Type": "Map", "ItemsPath": "$.items", "MaxConcurrency": 2, "ResultPath": "$.each",
                       "ItemProcessor": {"StartAt": "W", "States": {
                         "W": {"Type": "Wait", "Seconds": 1, "Next": "D"},
                         "D": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:1:function:double", "End": true}}},
                       "End": true}}}
            """;

    private static JsonNode input() throws Exception {
        return Json.parse("{\"items\": [1, 2, 3], \"n\": 5}");
    }

    @ParameterizedTest
    @MethodSource("io.stepline.durable.DurableStores#databases")
    void runsToTheEndAndKeepsItsHistory(String database) throws Exception {
        StoreSettings settings = DurableStores.fresh(database, "durable_run");
        AtomicInteger calls = new AtomicInteger();
        try (JdbcExecutionStore store = JdbcExecutionStore.open(settings);
                Stepline engine = DurableStores.engineWithDouble(calls)) {
            DurableExecutions durable = engine.durable(store);
            var start = durable.start("orders", PIPELINE, "run-1", input());
            ExecutionResult result = start.execution().result().get(60, TimeUnit.SECONDS);
            assertThat(result.status().name()).isEqualTo("SUCCEEDED");
            assertThat(result.output().toString()).isEqualTo(
                    "{\"items\":[1,2,3],\"n\":5,\"doubled\":10,\"both\":[\"a\",10],\"each\":[2,4,6]}");
            ExecutionRecord record = durable.describe(start.record().executionArn()).orElseThrow();
            assertThat(record.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
            assertThat(record.output()).isEqualTo(result.output());
            List<ObjectNode> history = durable.history(record.executionArn());
            assertThat(history.get(0).get("type").asText()).isEqualTo("ExecutionStarted");
            assertThat(history.get(history.size() - 1).get("type").asText()).isEqualTo("ExecutionSucceeded");
            assertThat(history.stream().map(e -> e.get("type").asText()))
                    .contains("WaitStateEntered", "ParallelStateStarted", "MapIterationStarted", "TaskStateExited")
                    .filteredOn("MapIterationSucceeded"::equals).hasSize(3);
            assertThat(history.stream().map(e -> e.get("id").asLong())).doesNotHaveDuplicates();
            assertThat(calls.get()).isEqualTo(5);
        }
    }

    @ParameterizedTest
    @MethodSource("io.stepline.durable.DurableStores#databases")
    void aNameIsTakenOnce(String database) throws Exception {
        StoreSettings settings = DurableStores.fresh(database, "durable_names");
        try (JdbcExecutionStore store = JdbcExecutionStore.open(settings);
                Stepline engine = DurableStores.engineWithDouble(new AtomicInteger())) {
            DurableExecutions durable = engine.durable(store);
            var first = durable.start("orders", PIPELINE, "nightly-2026-11-25", input());
            first.execution().result().get(60, TimeUnit.SECONDS);
            var again = durable.start("orders", PIPELINE, "nightly-2026-11-25", input());
            assertThat(again.alreadyStarted()).isTrue();
            assertThat(again.record().executionArn()).isEqualTo(first.record().executionArn());
            assertThatThrownBy(() -> durable.start("orders", PIPELINE, "nightly-2026-11-25",
                    Json.parse("{\"items\": [], \"n\": 1}")))
                    .isInstanceOf(ExecutionAlreadyExistsException.class);
        }
    }

    @ParameterizedTest
    @MethodSource("io.stepline.durable.DurableStores#databases")
    void anotherEngineResumesWhatAStoppedEngineLeftRunning(String database) throws Exception {
        StoreSettings settings = DurableStores.fresh(database, "durable_resume");
        AtomicInteger calls = new AtomicInteger();
        String arn;
        try (JdbcExecutionStore store = JdbcExecutionStore.open(settings);
                Stepline first = DurableStores.engineWithDouble(calls)) {
            var start = first.durable(store).start("orders", PIPELINE, "resumed", input());
            arn = start.record().executionArn();
            Thread.sleep(300); // inside the one-second Wait: the engine goes away mid-run
        }
        try (JdbcExecutionStore store = JdbcExecutionStore.open(settings);
                Stepline second = DurableStores.engineWithDouble(calls)) {
            DurableExecutions durable = second.durable(store);
            assertThat(durable.resumeAll()).isEqualTo(1);
            ExecutionResult result = durable.live(arn).orElseThrow().result().get(60, TimeUnit.SECONDS);
            assertThat(result.status().name()).isEqualTo("SUCCEEDED");
            assertThat(result.output().toString()).isEqualTo(
                    "{\"items\":[1,2,3],\"n\":5,\"doubled\":10,\"both\":[\"a\",10],\"each\":[2,4,6]}");
            List<ObjectNode> history = durable.history(arn);
            assertThat(history.stream().filter(e -> e.get("type").asText().equals("WaitStateEntered")
                    && e.get("stateEnteredEventDetails").get("name").asText().equals("Pause"))).hasSize(1);
            assertThat(calls.get()).isEqualTo(5); // the task before the Wait did not run again
        }
    }

    @ParameterizedTest
    @MethodSource("io.stepline.durable.DurableStores#databases")
    void aStoppedExecutionIsAbortedAndARedriveFinishesIt(String database) throws Exception {
        StoreSettings settings = DurableStores.fresh(database, "durable_stop");
        String waits = """
                {"StartAt": "Hold", "States": {"Hold": {"Type": "Wait", "Seconds": 3600, "Next": "Done"},
                 "Done": {"Type": "Pass", "Result": "done", "End": true}}}""";
        try (JdbcExecutionStore store = JdbcExecutionStore.open(settings);
                Stepline engine = DurableStores.engineWithDouble(new AtomicInteger())) {
            DurableExecutions durable = engine.durable(store);
            var start = durable.start("holds", waits, "held", Json.NODES.objectNode());
            durable.stop(start.record().executionArn());
            assertThat(durable.describe(start.record().executionArn()).orElseThrow().status())
                    .isEqualTo(ExecutionStatus.ABORTED);
            assertThat(durable.history(start.record().executionArn()).get(durable.history(start.record()
                    .executionArn()).size() - 1).get("type").asText()).isEqualTo("ExecutionAborted");
        }
    }

    @ParameterizedTest
    @MethodSource("io.stepline.durable.DurableStores#databases")
    void aRedriveKeepsWhatSucceeded(String database) throws Exception {
        StoreSettings settings = DurableStores.fresh(database, "durable_redrive");
        String flaky = """
                {"StartAt": "Fan", "States": {"Fan": {"Type": "Parallel", "End": true, "Branches": [
                  {"StartAt": "Steady", "States": {"Steady": {"Type": "Task",
                     "Resource": "arn:aws:lambda:us-east-1:1:function:steady", "End": true}}},
                  {"StartAt": "Flaky", "States": {"Flaky": {"Type": "Task",
                     "Resource": "arn:aws:lambda:us-east-1:1:function:flaky", "End": true}}}]}}}""";
        AtomicInteger steady = new AtomicInteger();
        AtomicInteger flakyCalls = new AtomicInteger();
        try (JdbcExecutionStore store = JdbcExecutionStore.open(settings);
                Stepline engine = Stepline.start(Json.NODES.objectNode())) {
            engine.register("steady", (payload, control) -> Json.NODES.numberNode(steady.incrementAndGet()));
            DurableExecutions durable = engine.durable(store);
            var arnOfRun = new java.util.concurrent.CompletableFuture<String>();
            engine.register("flaky", (payload, control) -> {
                if (flakyCalls.incrementAndGet() == 1) {
                    // Fail only once the steady branch's success is stored: had the failure come first,
                    // AWS (and Stepline) would cancel the steady branch and rightly re-run it on redrive.
                    awaitEvent(durable, arnOfRun, "LambdaFunctionSucceeded");
                    throw new io.stepline.connector.function.FunctionError("Boom", "first call fails");
                }
                return Json.NODES.textNode("recovered");
            });
            var start = durable.start("flaky", flaky, "first", Json.NODES.objectNode());
            String arn = start.record().executionArn();
            arnOfRun.complete(arn);
            assertThat(start.execution().result().get(60, TimeUnit.SECONDS).error()).isEqualTo("Boom");
            durable.redrive(arn);
            ExecutionResult result = durable.live(arn).orElseThrow().result().get(60, TimeUnit.SECONDS);
            assertThat(result.status().name()).isEqualTo("SUCCEEDED");
            assertThat(result.output().toString()).isEqualTo("[1,\"recovered\"]");
            assertThat(steady.get()).isEqualTo(1);
            ExecutionRecord record = durable.describe(arn).orElseThrow();
            assertThat(record.redriveCount()).isEqualTo(1);
            assertThat(record.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
            assertThat(durable.history(arn).stream().map(e -> e.get("type").asText())).contains("ExecutionRedriven");
        }
    }

    @ParameterizedTest
    @MethodSource("io.stepline.durable.DurableStores#databases")
    void aLargeOutputIsStoredOutOfLineAndReadBack(String database) throws Exception {
        StoreSettings settings = DurableStores.fresh(database, "durable_large");
        String big = """
                {"StartAt": "Grow", "States": {"Grow": {"Type": "Task",
                  "Resource": "arn:aws:lambda:us-east-1:1:function:grow", "End": true}}}""";
        try (JdbcExecutionStore store = JdbcExecutionStore.open(settings);
                Stepline engine = Stepline.start(Json.NODES.objectNode())) {
            engine.register("grow", (payload, control) -> Json.NODES.textNode("x".repeat(600_000)));
            DurableExecutions durable = engine.durable(store);
            var start = durable.start("big", big, "large", Json.NODES.objectNode());
            start.execution().result().get(60, TimeUnit.SECONDS);
            ExecutionRecord record = durable.describe(start.record().executionArn()).orElseThrow();
            assertThat(record.output().asText()).hasSize(600_000);
            JsonNode succeeded = durable.history(record.executionArn()).stream()
                    .filter(e -> e.get("type").asText().equals("ExecutionSucceeded")).findFirst().orElseThrow();
            assertThat(succeeded.toString()).contains("steplinePayload").hasSizeLessThan(2000);
        }
    }

    @ParameterizedTest
    @MethodSource("io.stepline.durable.DurableStores#databases")
    void theMachineTimeoutEndsItTimedOut(String database) throws Exception {
        StoreSettings settings = DurableStores.fresh(database, "durable_timeout");
        String slow = """
                {"TimeoutSeconds": 1, "StartAt": "Hold", "States": {
                  "Hold": {"Type": "Wait", "Seconds": 30, "End": true}}}""";
        try (JdbcExecutionStore store = JdbcExecutionStore.open(settings);
                Stepline engine = Stepline.start(Json.NODES.objectNode())) {
            DurableExecutions durable = engine.durable(store);
            var start = durable.start("slow", slow, "late", Json.NODES.objectNode());
            start.execution().result().get(30, TimeUnit.SECONDS);
            assertThat(durable.describe(start.record().executionArn()).orElseThrow().status())
                    .isEqualTo(ExecutionStatus.TIMED_OUT);
        }
    }


    private static void awaitEvent(DurableExecutions durable, java.util.concurrent.CompletableFuture<String> arn,
            String type) {
        try {
            String execution = arn.get(30, TimeUnit.SECONDS);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (durable.history(execution).stream().noneMatch(e -> e.get("type").asText().equals(type))) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("no " + type + " event in " + execution);
                }
                Thread.sleep(5);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
