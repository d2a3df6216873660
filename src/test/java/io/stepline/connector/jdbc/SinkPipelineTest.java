package io.stepline.connector.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepline.engine.Pipeline;
import io.stepline.engine.RunOptions;
import io.stepline.engine.Stepline;
import io.stepline.json.Json;
import io.stepline.runtime.ExecutionResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The sink as a pipeline runs it: a Task state named by connection, retried, re-run, and failing where it should. */
class SinkPipelineTest {
    private static final String DEFINITION = """
            {"StartAt": "Load", "States": {
              "Load": {"Type": "Task", "Resource": "stepline:sink:warehouse",
                       "Parameters": {"Table": "analytics.orders", "CreateTable": true,
                                      "RunKey.$": "States.Format('orders-{}', $.date)", "Records.$": "$.rows"},
                       "Retry": [{"ErrorEquals": ["Jdbc.ConnectionFailed", "Jdbc.Timeout"], "IntervalSeconds": 1,
                                  "MaxAttempts": 2, "BackoffRate": 2}],
                       "Catch": [{"ErrorEquals": ["States.ALL"], "ResultPath": "$.failure", "Next": "Failed"}],
                       "ResultPath": "$.load", "End": true},
              "Failed": {"Type": "Fail", "ErrorPath": "$.failure.Error", "CausePath": "$.failure.Cause"}}}""";
    private static final String INPUT = """
            {"date": "2026-11-25", "rows": [{"id": 1, "amount": 3.5}, {"id": 2, "amount": 4.25}]}""";

    @Test
    void aPipelineWritesOnceEvenWhenTheSameRunIsRunAgain() throws Exception {
        ObjectNode connection = Engines.POSTGRES.freshConnection("pipeline");
        try (Stepline engine = Stepline.start(config(connection))) {
            Pipeline pipeline = engine.load("sink.asl.json", "sink", DEFINITION, Map.of(), List.of());

            ExecutionResult first = pipeline.run(Json.parse(INPUT), new RunOptions(null, true, true));
            ExecutionResult again = pipeline.run(Json.parse(INPUT), new RunOptions(null, true, true));

            assertThat(first.succeeded()).as(first.error() + " " + first.cause()).isTrue();
            assertThat(first.output().path("load").path("rowsWritten").asLong()).isEqualTo(2);
            assertThat(again.output().path("load").path("alreadyWritten").asBoolean()).isTrue();
            assertThat(new Tasks("warehouse", connection).query("SELECT COUNT(*), SUM(amount) FROM analytics.orders"))
                    .containsExactly(List.of("2", "7.75"));
        }
    }

    @Test
    void aDatabaseThatIsDownIsRetriedThenFailsWithTheRetryableErrorNamingTheTable() throws Exception {
        ObjectNode down = Json.NODES.objectNode().put("type", "jdbc")
                .put("url", "jdbc:postgresql://127.0.0.1:1/nothing").put("user", "etl")
                .put("connectTimeoutSeconds", 1);
        try (Stepline engine = Stepline.start(config(down))) {
            Pipeline pipeline = engine.load("sink.asl.json", "sink", DEFINITION, Map.of(), List.of());

            ExecutionResult result = pipeline.run(Json.parse(INPUT), new RunOptions(null, true, true));

            assertThat(result.error()).isEqualTo("Jdbc.ConnectionFailed");
            assertThat(result.cause()).contains("writing table analytics.orders on connection warehouse failed")
                    .doesNotContain("\tat ");
            long attempts = result.history().stream().filter(e -> e.type().toString().equals("TaskFailed")).count();
            assertThat(attempts).as("the first attempt and its two retries").isEqualTo(3);
        }
    }

    private static ObjectNode config(ObjectNode warehouse) {
        ObjectNode config = Json.NODES.objectNode();
        config.putObject("connections").set("warehouse", warehouse);
        return config;
    }
}
