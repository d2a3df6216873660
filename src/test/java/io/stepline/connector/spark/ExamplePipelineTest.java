package io.stepline.connector.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepline.engine.Pipeline;
import io.stepline.engine.Stepline;
import io.stepline.runtime.ExecutionResult;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped example, pipelines/journeys, run as a user runs it (the file as committed, the model
 * beside it), with its warehouse in a temporary DuckDB file: CSV, Spark transforms, scoring, and
 * an upsert that a second run of the same day updates rather than duplicates.
 */
class ExamplePipelineTest {
    private static final Path DEFINITION = Path.of("pipelines/journeys/journeys.asl.json");

    @TempDir
    Path folder;

    @Test
    void touchpointsBecomeScoredSessionsInTheWarehouseOnceWhateverTheReruns() throws Exception {
        String warehouse = "jdbc:duckdb:" + folder.resolve("warehouse.duckdb");
        try (Stepline engine = SparkPipelines.engine("""
                {"connections": {"warehouse": {"type": "jdbc", "url": "%s"}}}""".formatted(warehouse))) {
            Pipeline pipeline = engine.load(DEFINITION, Map.of());

            ExecutionResult first = SparkPipelines.run(pipeline, "{\"day\": \"2026-11-01\"}");
            ExecutionResult second = SparkPipelines.run(pipeline, "{\"day\": \"2026-11-01\"}");

            assertThat(first.status().name()).as(String.valueOf(first)).isEqualTo("SUCCEEDED");
            assertThat(first.output().at("/warehouse/rowsInserted").asLong()).isEqualTo(3);
            assertThat(first.output().at("/score/model/location").asText()).endsWith("models/session-conversion");
            assertThat(second.status().name()).as(String.valueOf(second)).isEqualTo("SUCCEEDED");
            assertThat(second.output().at("/warehouse/rowsUpdated").asLong()).isEqualTo(3);
        }
        assertThat(rows(warehouse)).containsExactly(
                "u1 touches=2 revenue=0.0", "u1 touches=1 revenue=25.0", "u2 touches=2 revenue=10.0");
    }

    private static List<String> rows(String url) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url);
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT user_id, touches, revenue, likely_to_convert "
                        + "FROM analytics.session_scores ORDER BY user_id, started_at")) {
            while (result.next()) {
                assertThat(result.getDouble("likely_to_convert")).isIn(0.0, 1.0);
                rows.add(result.getString("user_id") + " touches=" + result.getLong("touches")
                        + " revenue=" + result.getDouble("revenue"));
            }
        }
        return rows;
    }
}
