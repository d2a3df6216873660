package io.stepline.durable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepline.engine.DurableExecutions;
import io.stepline.engine.MachineDefinition;
import io.stepline.engine.RunOptions;
import io.stepline.engine.Stepline;
import io.stepline.json.Json;
import io.stepline.runtime.ExecutionResult;
import io.stepline.store.jdbc.JdbcExecutionStore;
import io.stepline.store.jdbc.StoreSettings;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Members a starter adds to the context object (a scheduled run's {@code Schedule}) are kept
 * with the execution: a run resumed by another engine, or redriven, reads the same; an
 * ordinary run's context object has only AWS's members.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ContextMembersTest {
    /** Reads $$.Schedule after a Wait (resume) and after a task that fails once (redrive). */
    private static final String READS_SCHEDULE = """
            {"StartAt": "Pause", "States": {
              "Pause": {"Type": "Wait", "Seconds": 1, "Next": "Flaky"},
              "Flaky": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:1:function:flaky", "Next": "Read"},
              "Read": {"Type": "Pass", "Parameters": {"day.$": "$$.Schedule.LogicalDate", "context.$": "$$"},
                       "Next": "ReadJsonata"},
              "ReadJsonata": {"Type": "Pass", "QueryLanguage": "JSONata",
                              "Output": {"day": "{% $states.input.day %}",
                                         "members": "{% $keys($states.input.context) %}",
                                         "end": "{% $states.context.Schedule.DataInterval.End %}"},
                              "End": true}}}
            """;

    private static ObjectNode schedule() throws Exception {
        return (ObjectNode) Json.parse("""
                {"Schedule": {"Name": "nightly", "LogicalDate": "2026-11-01",
                  "DataInterval": {"Start": "2026-11-01T00:00:00Z", "End": "2026-11-02T00:00:00Z"}}}""");
    }

    /** An engine whose {@code flaky} task fails while {@code failing} is set. */
    private static Stepline engine(AtomicInteger failures) {
        Stepline engine = Stepline.start(Json.NODES.objectNode());
        engine.register("flaky", (payload, control) -> {
            if (failures.getAndDecrement() > 0) {
                throw new io.stepline.connector.function.FunctionError("Boom", "fails while told to");
            }
            return payload;
        });
        return engine;
    }

    private static MachineDefinition definition() {
        return MachineDefinition.text("reads-schedule", READS_SCHEDULE);
    }

    private static void assertReadTheSchedule(JsonNode output) {
        assertThat(output.get("day").asText()).isEqualTo("2026-11-01");
        assertThat(output.get("end").asText()).isEqualTo("2026-11-02T00:00:00Z");
        assertThat(output.get("members")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrder("Execution", "StateMachine", "State", "Schedule");
    }

    @ParameterizedTest
    @MethodSource("io.stepline.durable.DurableStores#databases")
    void anotherEngineResumingTheRunReadsTheSameSchedule(String database) throws Exception {
        StoreSettings settings = DurableStores.fresh(database, "context_resume");
        String arn;
        try (JdbcExecutionStore store = JdbcExecutionStore.open(settings);
                Stepline first = engine(new AtomicInteger())) {
            arn = first.durable(store).start(definition(), "nightly-2026-11-01", Json.NODES.objectNode(), schedule(),
                    true).record().executionArn();
            Thread.sleep(300); // inside the Wait: this engine goes away mid-run
        }
        try (JdbcExecutionStore store = JdbcExecutionStore.open(settings);
                Stepline second = engine(new AtomicInteger())) {
            DurableExecutions durable = second.durable(store);
            assertThat(durable.resumeAll()).isEqualTo(1);
            ExecutionResult result = durable.live(arn).orElseThrow().result().get(30, TimeUnit.SECONDS);
            assertThat(result.status().name()).isEqualTo("SUCCEEDED");
            assertReadTheSchedule(result.output());
            assertThat(durable.describe(arn).orElseThrow().contextMembers()).isEqualTo(schedule());
        }
    }

    @ParameterizedTest
    @MethodSource("io.stepline.durable.DurableStores#databases")
    void aRedrivenRunReadsTheSameSchedule(String database) throws Exception {
        StoreSettings settings = DurableStores.fresh(database, "context_redrive");
        try (JdbcExecutionStore store = JdbcExecutionStore.open(settings);
                Stepline engine = engine(new AtomicInteger(1))) {
            DurableExecutions durable = engine.durable(store);
            var start = durable.start(definition(), "nightly-2026-11-01", Json.NODES.objectNode(), schedule(), true);
            assertThat(start.execution().result().get(30, TimeUnit.SECONDS).error()).isEqualTo("Boom");
            String arn = start.record().executionArn();
            durable.redrive(arn);
            // read from the store: the redriven run may end before a live handle could be asked for
            var ended = durable.describe(arn).orElseThrow();
            for (int i = 0; i < 600 && ended.status().name().equals("RUNNING"); i++) {
                Thread.sleep(50);
                ended = durable.describe(arn).orElseThrow();
            }
            assertThat(ended.status().name()).isEqualTo("SUCCEEDED");
            assertReadTheSchedule(ended.output());
        }
    }

    @Test
    void anOrdinaryRunHasOnlyAwsMembers() throws Exception {
        String readsContext = """
                {"StartAt": "Read", "States": {"Read": {"Type": "Pass", "Parameters": {"context.$": "$$"},
                  "End": true}}}""";
        try (JdbcExecutionStore store = JdbcExecutionStore.open(DurableStores.fresh("H2", "context_ordinary"));
                Stepline engine = engine(new AtomicInteger())) {
            var start = engine.durable(store).start("ordinary", readsContext, "plain", Json.NODES.objectNode());
            JsonNode context = start.execution().result().get(30, TimeUnit.SECONDS).output().get("context");
            assertThat(context.fieldNames()).toIterable()
                    .containsExactlyInAnyOrder("Execution", "StateMachine", "State");
            assertThat(engine.durable(store).describe(start.record().executionArn()).orElseThrow().contextMembers())
                    .isNull();
            // an EXPRESS run likewise, unless its options add members
            var express = engine.load("ordinary.asl.json", "ordinary", readsContext, java.util.Map.of(), java.util.List.of());
            assertThat(express.run(Json.NODES.objectNode()).output().get("context").has("Schedule")).isFalse();
            assertThat(express.run(Json.NODES.objectNode(), RunOptions.DEFAULTS.withContextMembers(schedule()))
                    .output().at("/context/Schedule/LogicalDate").asText()).isEqualTo("2026-11-01");
        }
    }

    @Test
    void anAddedMemberCannotTakeAnAwsName() throws Exception {
        try (Stepline engine = engine(new AtomicInteger())) {
            var pipeline = engine.load("ordinary.asl.json", "ordinary", READS_SCHEDULE, java.util.Map.of(), java.util.List.of());
            ObjectNode clash = (ObjectNode) Json.parse("{\"Execution\": {\"Name\": \"mine\"}}");
            assertThatThrownBy(() -> pipeline.run(Json.NODES.objectNode(),
                    RunOptions.DEFAULTS.withContextMembers(clash)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Execution is AWS's own");
        }
    }
}
