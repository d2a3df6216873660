package io.stepline.connector.spark;

import static io.stepline.connector.spark.SparkPipelines.load;
import static io.stepline.connector.spark.SparkPipelines.readParquet;
import static io.stepline.connector.spark.SparkPipelines.run;
import static io.stepline.connector.spark.SparkPipelines.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.engine.DefinitionException;
import io.stepline.engine.Pipeline;
import io.stepline.engine.Stepline;
import io.stepline.runtime.ExecutionResult;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pipelines with Spark tasks, run by the engine on local Spark: a CSV read, deduplicated,
 * sessionized and summed by a SQL file shipped beside the pipeline, written as Parquet; Spark
 * errors caught by name; unknown transforms rejected when the pipeline is loaded.
 */
class SparkPipelineTest {
    private static final String JOURNEYS = """
            {"StartAt": "Dedupe", "States": {
              "Dedupe": {"Type": "Task", "Resource": "stepline:spark:dedupe",
                "Parameters": {"Inputs": {"touchpoints.$": "$.touchpoints"},
                               "Parameters": {"keys": ["user_id", "ts", "channel"]},
                               "Outputs": {"clean": {"uri.$": "$.out.clean", "format": "parquet"}}},
                "ResultPath": "$.dedupe", "Next": "Sessionize"},
              "Sessionize": {"Type": "Task", "Resource": "stepline:spark:sessionize",
                "Parameters": {"Inputs": {"events.$": "$.dedupe.outputs.clean"},
                               "Parameters": {"user": "user_id", "time": "ts", "gapMinutes": 30},
                               "Outputs": {"sessions": {"uri.$": "$.out.sessions"}}},
                "ResultPath": "$.sessionize", "Next": "Journeys"},
              "Journeys": {"Type": "Task", "Resource": "stepline:spark:journeys",
                "Parameters": {"Inputs": {"sessions.$": "$.sessionize.outputs.sessions"},
                               "Parameters": {"minTouches": 1},
                               "Outputs": {"journeys": {"uri.$": "$.out.journeys"}}},
                "ResultSelector": {"journeys.$": "$.outputs.journeys"},
                "End": true}}}
            """;

    @TempDir
    static Path folder;
    private static Stepline engine;

    @BeforeAll
    static void start() {
        engine = SparkPipelines.engine("{}");
        write(folder.resolve("data/touchpoints.csv"),
                "user_id,ts,channel,amount",
                "u1,2026-11-01 10:00:00,email,0.0",
                "u1,2026-11-01 10:00:00,email,0.0",
                "u1,2026-11-01 10:10:00,search,0.0",
                "u1,2026-11-01 12:00:00,display,25.0",
                "u2,2026-11-01 09:00:00,social,0.0",
                "u2,2026-11-01 09:20:00,email,10.0");
        write(folder.resolve("journeys.sql"),
                "-- one row per session: touches and revenue; :minTouches is bound by Spark",
                "SELECT session_id, first(user_id) AS user_id, count(*) AS touches, sum(amount) AS revenue",
                "FROM sessions",
                "GROUP BY session_id",
                "HAVING count(*) >= :minTouches;");
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    private static String input(String run) {
        Path out = folder.resolve("out-" + run);
        return """
                {"touchpoints": "%s",
                 "out": {"clean": "%s", "sessions": "%s", "journeys": "%s"}}
                """.formatted(folder.resolve("data/touchpoints.csv"), out.resolve("clean"), out.resolve("sessions"),
                out.resolve("journeys"));
    }

    @Test
    void csvThroughTransformsToParquet() throws Exception {
        Pipeline pipeline = load(engine, folder, "journeys", JOURNEYS);
        ExecutionResult result = run(pipeline, input("chain"));

        assertThat(result.succeeded()).as(result.toString()).isTrue();
        JsonNode journeys = result.output().get("journeys");
        assertThat(journeys.get("rows").asLong()).isEqualTo(3);
        assertThat(journeys.get("format").asText()).isEqualTo("parquet");
        assertThat(journeys.get("schema").toString()).contains("\"name\":\"touches\",\"type\":\"bigint\"");
        List<Row> rows = readParquet(journeys.get("uri").asText()).orderBy("session_id").collectAsList();
        assertThat(rows).extracting(Row::toString).containsExactly(
                "[u1#2026-11-01T10:00:00,u1,2,0.0]",
                "[u1#2026-11-01T12:00:00,u1,1,25.0]",
                "[u2#2026-11-01T09:00:00,u2,2,10.0]");
    }

    @Test
    void aRerunReplacesItsOutputsRatherThanAddingToThem() throws Exception {
        Pipeline pipeline = load(engine, folder, "journeys", JOURNEYS);
        ExecutionResult first = run(pipeline, input("rerun"));
        ExecutionResult second = run(pipeline, input("rerun"));

        assertThat(second.succeeded()).as(second.toString()).isTrue();
        assertThat(second.output()).isEqualTo(first.output());
        String clean = folder.resolve("out-rerun/clean").toString();
        assertThat(readParquet(clean).count()).isEqualTo(5);
    }

    @Test
    void aMissingColumnIsCaughtAsAnAnalysisExceptionNamingColumnAndTransform() throws Exception {
        Pipeline pipeline = load(engine, folder, "missing-column", """
                {"StartAt": "Filter", "States": {
                  "Filter": {"Type": "Task", "Resource": "stepline:spark:filter",
                    "Parameters": {"Inputs": {"touchpoints.$": "$.touchpoints"},
                                   "Parameters": {"condition": "revenue_eur > 0"},
                                   "Outputs": {"paid": {"uri.$": "$.out.clean"}}},
                    "Retry": [{"ErrorEquals": ["Spark.TaskFailed"], "MaxAttempts": 2}],
                    "Catch": [{"ErrorEquals": ["Spark.AnalysisException"], "ResultPath": "$.error", "Next": "Fallback"}],
                    "End": true},
                  "Fallback": {"Type": "Pass", "End": true}}}
                """);
        ExecutionResult result = run(pipeline, input("missing"));

        assertThat(result.succeeded()).as(result.toString()).isTrue();
        JsonNode error = result.output().get("error");
        assertThat(error.get("Error").asText()).isEqualTo("Spark.AnalysisException");
        assertThat(error.get("Cause").asText())
                .startsWith("transform 'filter', applying it: ")
                .contains("`revenue_eur`")
                .doesNotContain("\tat ", "\n");
    }

    @Test
    void aMissingInputFailsWithInputNotFoundNamingTheInput() throws Exception {
        Pipeline pipeline = load(engine, folder, "missing-input", """
                {"StartAt": "Dedupe", "States": {
                  "Dedupe": {"Type": "Task", "Resource": "stepline:spark:dedupe",
                    "Parameters": {"Inputs": {"touchpoints": "/nowhere/touchpoints.csv"},
                                   "Parameters": {"keys": "user_id"},
                                   "Outputs": {"clean.$": "$.out.clean"}},
                    "End": true}}}
                """);
        ExecutionResult result = run(pipeline, input("absent"));

        assertThat(result.error()).isEqualTo("Spark.InputNotFound");
        assertThat(result.cause()).contains("reading input 'touchpoints' (/nowhere/touchpoints.csv)");
    }

    @Test
    void anUnknownTransformIsAValidationErrorSayingWhereItLooked() {
        assertThatThrownBy(() -> load(engine, folder, "unknown", """
                {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "stepline:spark:attribution", "End": true}}}
                """))
                .isInstanceOf(DefinitionException.class)
                .hasMessageContaining("no Spark transform named 'attribution'")
                .hasMessageContaining("transforms:")
                .hasMessageContaining(folder.resolve("attribution.sql").toString());
    }
}
