package io.stepline.durable;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepline.engine.DurableExecutions;
import io.stepline.engine.Stepline;
import io.stepline.json.Json;
import io.stepline.runtime.ExecutionResult;
import io.stepline.store.PathRecord.PathStatus;
import io.stepline.store.jdbc.JdbcExecutionStore;
import io.stepline.store.jdbc.StoreSettings;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The children of a Parallel or Map start on the pool, so their first writes commit in any
 * order. A process killed after the second child's first write and before the first child's
 * left a store where child 1 exists and child 0 does not; the resumed execution used to take
 * child 0 for started and end with a null in its place (CrashResumeTest's {@code "fan":[null,..]}).
 * Every child must run, once.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class CrashBetweenSiblingStartsTest {
    private static final String PARALLEL = """
            {"StartAt": "Fan", "States": {"Fan": {"Type": "Parallel", "End": true, "Branches": [
              {"StartAt": "First", "States": {"First": {"Type": "Task",
                "Resource": "arn:aws:lambda:us-east-1:1:function:double", "InputPath": "$.n", "End": true}}},
              {"StartAt": "Second", "States": {"Second": {"Type": "Pass", "Result": "second", "End": true}}}]}}}
            """;
    private static final String MAP = """
            {"StartAt": "Each", "States": {"Each": {"Type": "Map", "ItemsPath": "$.items", "MaxConcurrency": 2,
              "ItemProcessor": {"StartAt": "Twice", "States": {"Twice": {"Type": "Task",
                "Resource": "arn:aws:lambda:us-east-1:1:function:double", "End": true}}},
              "End": true}}}
            """;

    static Stream<Arguments> cases() {
        return DurableStores.databases().flatMap(database -> Stream.of(
                Arguments.of(database, "parallel", PARALLEL, "[40,\"second\"]", 1),
                Arguments.of(database, "map", MAP, "[2,4,6]", 3)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void aChildWhoseFirstWriteNeverCommittedRunsAfterTheResume(String database, String machine, String definition,
            String output, int taskCalls) throws Exception {
        StoreSettings settings = DurableStores.fresh(database, "sibling_starts_" + machine);
        JsonNode input = Json.parse("{\"n\": 20, \"items\": [1, 2, 3]}");
        AtomicInteger calls = new AtomicInteger();
        String arn;
        try (JdbcExecutionStore store = JdbcExecutionStore.open(settings);
                Stepline killed = DurableStores.engineWithDouble(calls)) {
            // child 0's first write stays in flight until child 1's has committed; then the process dies
            DyingStore dying = new DyingStore(store, DyingStore.writes(".0", PathStatus.RUNNABLE),
                    DyingStore.writes(".1", PathStatus.RUNNABLE));
            arn = killed.durable(dying).start(machine, definition, "run", input).record().executionArn();
            assertThat(dying.awaitDeath(30)).as("child 1 written").isTrue();
        }
        try (JdbcExecutionStore store = JdbcExecutionStore.open(settings);
                Stepline resumed = DurableStores.engineWithDouble(calls)) {
            DurableExecutions durable = resumed.durable(store);
            assertThat(durable.resumeAll()).isEqualTo(1);
            ExecutionResult result = durable.live(arn).orElseThrow().result().get(60, TimeUnit.SECONDS);
            assertThat(result.status().name()).isEqualTo("SUCCEEDED");
            assertThat(result.output().toString()).isEqualTo(output);
            assertThat(calls.get()).as("task calls").isEqualTo(taskCalls);
            List<ObjectNode> history = durable.history(arn);
            assertThat(history.stream().filter(e -> e.get("type").asText().equals("LambdaFunctionSucceeded")))
                    .hasSize(taskCalls);
            assertThat(history.stream().map(e -> e.get("id").asLong())).doesNotHaveDuplicates();
        }
    }
}
