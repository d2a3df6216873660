package io.stepline.marketing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.element_at;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepline.config.ConfigLoader;
import io.stepline.engine.Pipeline;
import io.stepline.engine.Stepline;
import io.stepline.json.Json;
import io.stepline.runtime.ExecutionResult;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped pipeline, pipelines/marketing-attribution, as committed and with the shipped
 * config/stepline.yaml (its warehouse pointed at a temporary DuckDB file), on generated sample data:
 * every model's credits add up to the attributed conversions and value, first and last touch equal
 * counts taken straight from the journeys, bad rows are counted, a re-run of the same logical date
 * leaves exactly the same rows, and a model that fails is recorded while the others finish.
 */
class MarketingAttributionPipelineTest {
    private static final Path DEFINITION = Path.of("pipelines/marketing-attribution/marketing-attribution.asl.json");
    private static final List<String> MODELS = List.of("first_touch", "last_touch", "linear", "position_based",
            "time_decay", "markov", "shapley");

    @TempDir
    Path folder;

    @Test
    void attributesSampleDataIntoTheWarehouseOncePerLogicalDate() throws Exception {
        String warehouse = "jdbc:duckdb:" + folder.resolve("warehouse.duckdb");
        ObjectNode config = (ObjectNode) ConfigLoader.load(Path.of(ConfigLoader.DEFAULT_LOCATION));
        ((ObjectNode) config.with("connections").with("warehouse")).put("url", warehouse);
        String input = """
                {"logicalDate": "2026-10-15", "workDirectory": "%s", "sample": {"touchpoints": 6000, "seed": 3},
                 "dataInterval": {"start": "2026-10-15T00:00:00Z", "end": "2026-11-01T00:00:00Z"}}"""
                .formatted(folder.resolve("work"));
        try (Stepline engine = Stepline.start(config)) {
            Pipeline pipeline = engine.load(DEFINITION, Map.of());

            // First a run whose position-based weights are wrong: that model fails, is recorded, the others finish.
            ObjectNode broken = (ObjectNode) Json.parse(input);
            broken.putObject("models").putObject("position_based").put("first", 0.9);
            ExecutionResult failedModel = pipeline.run(broken);
            assertThat(failedModel.status().name()).as(String.valueOf(failedModel)).isEqualTo("SUCCEEDED");
            assertThat(failedModel.output().at("/models/failed/0/model").asText()).isEqualTo("position_based");
            assertThat(failedModel.output().at("/models/failed/0/error").asText()).isEqualTo("Attribution.InvalidParameter");
            assertThat(failedModel.output().at("/models/succeeded")).hasSize(MODELS.size() - 1);
            assertThat(table(warehouse, "SELECT models_failed FROM marketing.attribution_runs"))
                    .containsExactly("position_based");
            List<String> creditsBefore = table(warehouse, "SELECT model, channel, conversions, value FROM "
                    + "marketing.attribution_credits ORDER BY model, channel");
            assertThat(creditsBefore).noneMatch(row -> row.startsWith("position_based|")).isNotEmpty();

            // Then the same logical date again, as a re-run after the fix: everything replaced, nothing doubled.
            ExecutionResult run = pipeline.run(Json.parse(input));
            assertThat(run.status().name()).as(String.valueOf(run)).isEqualTo("SUCCEEDED");
            JsonNode output = run.output();
            assertThat(output.at("/models/succeeded")).hasSize(MODELS.size());
            assertThat(output.at("/counts/touchpoints").asLong()).isEqualTo(6000);
            JsonNode sample = Json.MAPPER.readTree(folder.resolve("work/2026-10-15/input/_sample.json").toFile());
            assertThat(output.at("/counts/rejectedRows").asLong()).isEqualTo(sample.at("/result/badRows").asLong())
                    .isPositive();
            List<String> credits = table(warehouse, "SELECT model, channel, conversions, value FROM "
                    + "marketing.attribution_credits ORDER BY model, channel");
            assertThat(credits).containsAll(creditsBefore);
            assertThat(credits).hasSize(creditsBefore.size() + (int) credits.stream()
                    .filter(row -> row.startsWith("position_based|")).count());

            Dataset<Row> journeys = MarketingSpark.spark().read().parquet(output.at("/datasets/journeys").asText())
                    .filter(col("converted").and(col("touches").gt(0)));
            long conversions = journeys.count();
            double value = journeys.agg(org.apache.spark.sql.functions.sum("value")).first().getDouble(0);
            assertThat(conversions).isGreaterThan(50);
            for (String model : MODELS) {
                assertThat(sum(warehouse, "conversions", model)).as(model).isCloseTo(conversions, within(1e-6));
                assertThat(sum(warehouse, "value", model)).as(model).isCloseTo(value, within(1e-4));
            }
            assertThat(byChannel(warehouse, "first_touch")).isEqualTo(counts(journeys, 1));
            assertThat(byChannel(warehouse, "last_touch")).isEqualTo(counts(journeys, -1));
            assertThat(table(warehouse, "SELECT count(*) FROM marketing.channel_roi")).containsExactly(
                    String.valueOf(credits.size()));
            assertThat(table(warehouse, "SELECT logical_date, models_succeeded, models_failed, attributed_conversions "
                    + "FROM marketing.attribution_runs")).containsExactly(
                    "2026-10-15|" + String.join(",", MODELS) + "||" + (double) conversions);
            assertThat(table(warehouse, "SELECT count(*), count(DISTINCT channel) FROM marketing.channel_costs"))
                    .containsExactly("8|8");
        }
    }

    /** Converting journeys per channel at a path position (1 = first, -1 = last): what first/last touch must credit. */
    private static Map<String, Double> counts(Dataset<Row> journeys, int position) {
        Map<String, Double> counts = new TreeMap<>();
        journeys.groupBy(element_at(col("channels"), position).as("channel")).count().collectAsList()
                .forEach(row -> counts.put(row.getString(0), (double) row.getLong(1)));
        return counts;
    }

    private static Map<String, Double> byChannel(String url, String model) throws Exception {
        Map<String, Double> credits = new TreeMap<>();
        for (String row : table(url, "SELECT channel, conversions FROM marketing.attribution_credits WHERE model = '"
                + model + "' AND conversions > 0")) {
            credits.put(row.split("\\|")[0], Double.parseDouble(row.split("\\|")[1]));
        }
        return credits;
    }

    private static double sum(String url, String column, String model) throws Exception {
        return Double.parseDouble(table(url, "SELECT sum(" + column + ") FROM marketing.attribution_credits WHERE model = '"
                + model + "'").get(0));
    }

    private static List<String> table(String url, String query) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url);
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(query)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    values.add(result.getString(i) == null ? "" : result.getString(i));
                }
                rows.add(String.join("|", values));
            }
        }
        return rows;
    }
}
