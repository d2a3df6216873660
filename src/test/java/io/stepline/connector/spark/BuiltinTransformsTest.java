package io.stepline.connector.spark;

import static io.stepline.connector.spark.SparkPipelines.object;
import static io.stepline.connector.spark.SparkPipelines.readParquet;
import static io.stepline.connector.spark.SparkPipelines.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.connector.BoundTask;
import io.stepline.connector.TaskFailedException;
import io.stepline.connector.TaskRequest;
import io.stepline.connector.TaskResource;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each built-in on small real files, through the connector as the engine calls it. */
class BuiltinTransformsTest {
    @TempDir
    static Path folder;
    private static String orders;
    private static String customers;

    @BeforeAll
    static void data() {
        write(folder.resolve("orders.csv"),
                "order_id,customer_id,amount,updated_at",
                "o1,c1,10.0,2026-11-01 10:00:00",
                "o1,c1,12.0,2026-11-01 11:00:00",
                "o2,c1,5.0,2026-11-01 09:00:00",
                "o3,c2,7.5,2026-11-02 09:00:00",
                "o4,c3,1.0,2026-11-02 10:00:00");
        write(folder.resolve("customers.jsonl"),
                "{\"customer_id\": \"c1\", \"country\": \"FR\"}",
                "{\"customer_id\": \"c2\", \"country\": \"DE\"}");
        orders = folder.resolve("orders.csv").toString();
        customers = folder.resolve("customers.jsonl").toString();
    }

    private static List<String> run(String transform, String inputs, String parameters) throws Exception {
        String out = folder.resolve("out-" + transform + "-" + System.nanoTime()).toString();
        JsonNode result = invoke(transform, """
                {"Inputs": %s, "Parameters": %s, "Outputs": {"result": "%s"}}
                """.formatted(inputs, parameters, out));
        JsonNode written = result.at("/outputs/result");
        assertThat(written.get("uri").asText()).isEqualTo(out);
        List<Row> rows = readParquet(out).collectAsList();
        assertThat(written.get("rows").asLong()).isEqualTo(rows.size());
        return rows.stream().map(Row::toString).sorted().toList();
    }

    static JsonNode invoke(String transform, String input) throws Exception {
        BoundTask task = new SparkConnector().bind(TaskResource.parse("stepline:spark:" + transform),
                TestContexts.empty(folder));
        return task.invoke(new TaskRequest(object(input), "test#" + transform, new TestContexts.Control()));
    }

    @Test
    void dedupeKeepsTheLatestRowPerKey() throws Exception {
        assertThat(run("dedupe", "{\"orders\": \"" + orders + "\"}",
                "{\"keys\": [\"order_id\"], \"orderBy\": \"updated_at\"}"))
                .containsExactly("[o1,c1,12.0,2026-11-01 11:00:00.0]", "[o2,c1,5.0,2026-11-01 09:00:00.0]",
                        "[o3,c2,7.5,2026-11-02 09:00:00.0]", "[o4,c3,1.0,2026-11-02 10:00:00.0]");
    }

    @Test
    void joinMatchesOnNamedColumnsWithTheGivenType() throws Exception {
        String inputs = "{\"orders\": \"" + orders + "\", \"customers\": \"" + customers + "\"}";
        assertThat(run("join", inputs, "{\"on\": \"customer_id\", \"type\": \"left_anti\"}"))
                .containsExactly("[c3,o4,1.0,2026-11-02 10:00:00.0]");
        assertThat(run("join", inputs, "{\"on\": [\"customer_id\"]}")).hasSize(4).allMatch(row -> !row.contains("c3"));
    }

    @Test
    void filterKeepsRowsMatchingASqlCondition() throws Exception {
        assertThat(run("filter", "{\"orders\": \"" + orders + "\"}", "{\"condition\": \"amount >= 7.5 AND customer_id <> 'c1'\"}"))
                .containsExactly("[o3,c2,7.5,2026-11-02 09:00:00.0]");
    }

    @Test
    void aggregateGroupsAndNamesItsAggregates() throws Exception {
        assertThat(run("aggregate", "{\"orders\": \"" + orders + "\"}",
                "{\"groupBy\": [\"customer_id\"], \"aggregations\": {\"orders\": \"count(DISTINCT order_id)\", \"total\": \"sum(amount)\"}}"))
                .containsExactly("[c1,2,27.0]", "[c2,1,7.5]", "[c3,1,1.0]");
    }

    @Test
    void selectKeepsDropsRenamesAndCasts() throws Exception {
        assertThat(run("select", "{\"orders\": \"" + orders + "\"}",
                "{\"columns\": [\"order_id\", \"amount * 100 AS cents\", \"customer_id\"], \"drop\": [\"customer_id\"],"
                        + " \"rename\": {\"order_id\": \"id\"}, \"cast\": {\"cents\": \"int\"}}"))
                .containsExactly("[o1,1000]", "[o1,1200]", "[o2,500]", "[o3,750]", "[o4,100]");
    }

    @Test
    void unionMatchesColumnsByName() throws Exception {
        String inputs = "{\"a\": \"" + customers + "\", \"b\": {\"uri\": \"" + customers + "\", \"format\": \"jsonl\"}}";
        assertThat(run("union", inputs, "{}")).containsExactly("[DE,c2]", "[DE,c2]", "[FR,c1]", "[FR,c1]");
    }

    @Test
    void aBadParameterFailsNamingIt() {
        assertThatThrownBy(() -> run("dedupe", "{\"orders\": \"" + orders + "\"}", "{\"orderBy\": \"updated_at\"}"))
                .isInstanceOfSatisfying(TaskFailedException.class, e -> {
                    assertThat(e.error()).isEqualTo("Spark.InvalidParameters");
                    assertThat(e.cause()).isEqualTo("transform 'dedupe', applying it: parameters.keys is required (a list of column names)");
                });
    }
}
