package io.stepline.store.jdbc;

import static io.stepline.store.jdbc.Fixtures.T0;
import static io.stepline.store.jdbc.Fixtures.json;
import static io.stepline.store.jdbc.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepline.json.Json;
import io.stepline.store.ExecutionStatus;
import io.stepline.store.NewExecution;
import io.stepline.store.PathRecord;
import io.stepline.store.StartOutcome;
import io.stepline.store.StoredEvent;
import io.stepline.store.TaskTokenRecord;
import io.stepline.store.TaskTokenRecord.TokenStatus;
import io.stepline.store.Transition;
import io.stepline.store.Transition.ExecutionEnd;
import java.nio.charset.StandardCharsets;
import java.util.List;

class LargePayloadTest {
    private static final int MB = 1024 * 1024;

    @OnBothDatabases
    void inputsAndOutputsOf1And10MegabytesRoundTripThroughPayloads(TestStore db) {
        for (int size : new int[] {MB, 10 * MB}) {
            JsonNode input = value(size, "in");
            JsonNode output = value(size, "out");
            NewExecution execution = execution(input);
            db.store().start(execution);
            String arn = execution.executionArn();
            db.store().apply(arn, new Transition(List.of(), List.of(), List.of(), List.of(),
                    new ExecutionEnd(ExecutionStatus.SUCCEEDED, output, null, null, Fixtures.at(1)), null));

            assertThat(db.store().execution(arn).orElseThrow().input()).isEqualTo(input);
            assertThat(db.store().execution(arn).orElseThrow().output()).isEqualTo(output);
            assertThat(db.count("SELECT COUNT(*) FROM executions WHERE execution_arn = ? AND input_json LIKE ?"
                    + " AND output_json LIKE ?", arn, "{\"steplinePayload\":%", "{\"steplinePayload\":%")).isEqualTo(1);
            assertThat(db.store().payload(reference(input))).contains(Json.write(input));
        }
    }

    @OnBothDatabases
    void pathCheckpointsAndTokenOutputsAreReadBackInFull(TestStore db) {
        NewExecution execution = execution(json("{}"));
        db.store().start(execution);
        String arn = execution.executionArn();
        PathRecord bigPath = new PathRecord("root", null, PathRecord.PathStatus.RUNNABLE, value(MB, "checkpoint"), null);
        TaskTokenRecord bigToken = new TaskTokenRecord(unique("token"), arn, "root", TokenStatus.SUCCEEDED,
                value(MB, "callback"), null, null, null);

        db.store().apply(arn, new Transition(List.of(), List.of(bigPath), List.of(), List.of(bigToken), null, null));

        assertThat(db.store().paths(arn)).containsExactly(bigPath);
        assertThat(db.store().taskToken(bigToken.token())).contains(bigToken);
    }

    @OnBothDatabases
    void historyShowsReferencesForLargeDetailMembers(TestStore db) {
        NewExecution execution = execution(json("{}"));
        db.store().start(execution);
        String arn = execution.executionArn();
        JsonNode large = value(MB, "state output");
        ObjectNode details = Json.NODES.objectNode().put("name", "Transform");
        details.set("output", large);

        db.store().apply(arn, Transition.of(List.of(new StoredEvent(2, 1, T0.toEpochMilli(), "TaskStateExited",
                details, "root")), List.of()));

        JsonNode stored = db.store().events(arn, 1, 1).get(0).details();
        assertThat(stored.get("name").asText()).isEqualTo("Transform");
        assertThat(stored.get("output")).isEqualTo(referenceNode(large));
        assertThat(db.store().payload(reference(large))).contains(Json.write(large));
    }

    @OnBothDatabases
    void aValueWrittenManyTimesIsStoredOnce(TestStore db) {
        JsonNode shared = value(MB, "shared");
        NewExecution first = execution(shared);
        NewExecution second = execution(shared);
        db.store().start(first);
        db.store().start(second);
        db.store().apply(first.executionArn(), Transition.of(List.of(), List.of(new PathRecord("root", null,
                PathRecord.PathStatus.RUNNABLE, shared, null))));

        assertThat(db.count("SELECT COUNT(*) FROM payloads WHERE reference = ?", reference(shared))).isEqualTo(1);
        assertThat(db.store().execution(second.executionArn()).orElseThrow().input()).isEqualTo(shared);
    }

    @OnBothDatabases
    void concurrentWritersOfOneLargeValueAllSucceedAndStoreItOnce(TestStore db) throws Exception {
        JsonNode shared = value(300 * 1024, "raced");

        List<StartOutcome> outcomes = Concurrently.run(8, thread -> db.store().start(execution(shared)));

        assertThat(outcomes).extracting(StartOutcome::kind).containsOnly(StartOutcome.Kind.STARTED);
        assertThat(db.count("SELECT COUNT(*) FROM payloads WHERE reference = ?", reference(shared))).isEqualTo(1);
        for (StartOutcome outcome : outcomes) {
            assertThat(db.store().execution(outcome.execution().executionArn()).orElseThrow().input()).isEqualTo(shared);
        }
    }

    @OnBothDatabases
    void theThresholdCountsUtf8BytesOfTheJsonText(TestStore db) {
        try (JdbcExecutionStore small = db.reopen(db.settings().withPayloadThresholdBytes(100))) {
            JsonNode exactly100 = json("\"" + "a".repeat(98) + "\"");
            JsonNode over100InBytes = json("\"" + "é".repeat(50) + "\""); // 52 chars, 102 bytes
            NewExecution inline = execution(exactly100);
            NewExecution outOfLine = execution(over100InBytes);
            small.start(inline);
            small.start(outOfLine);

            assertThat(db.count("SELECT COUNT(*) FROM executions WHERE execution_arn = ? AND input_json = ?",
                    inline.executionArn(), Json.write(exactly100))).isEqualTo(1);
            assertThat(db.count("SELECT COUNT(*) FROM executions WHERE execution_arn = ? AND input_json LIKE ?",
                    outOfLine.executionArn(), "{\"steplinePayload\":%")).isEqualTo(1);
            assertThat(small.execution(outOfLine.executionArn()).orElseThrow().input()).isEqualTo(over100InBytes);
            assertThat(Json.write(over100InBytes).getBytes(StandardCharsets.UTF_8)).hasSize(102);
        }
    }

    @OnBothDatabases
    void aUserValueShapedLikeAReferenceComesBackAsItWas(TestStore db) {
        JsonNode lookalike = json("{\"steplinePayload\":\"sha256:not-ours\",\"bytes\":7}");
        NewExecution execution = execution(lookalike);
        db.store().start(execution);

        assertThat(db.store().execution(execution.executionArn()).orElseThrow().input()).isEqualTo(lookalike);
    }

    @OnBothDatabases
    void anUnknownReferenceHasNoPayload(TestStore db) {
        assertThat(db.store().payload("sha256:" + "0".repeat(64))).isEmpty();
    }

    /** An object whose JSON text is about {@code bytes} long, with some multi-byte characters. */
    static JsonNode value(int bytes, String label) {
        ObjectNode value = Json.NODES.objectNode().put("label", label + "-" + unique("v"));
        value.put("text", "données ".repeat(bytes / 9));
        return value;
    }

    private static NewExecution execution(JsonNode input) {
        String machine = unique("large");
        String name = unique("run");
        return new NewExecution(Fixtures.arn(machine, name), machine, 1, name, "STANDARD", input, T0, List.of(),
                null);
    }

    private static String reference(JsonNode value) {
        return "sha256:" + JsonHashes.sha256Hex(Json.write(value));
    }

    private static JsonNode referenceNode(JsonNode value) {
        return Json.NODES.objectNode().put("steplinePayload", reference(value))
                .put("bytes", Json.write(value).getBytes(StandardCharsets.UTF_8).length);
    }
}
