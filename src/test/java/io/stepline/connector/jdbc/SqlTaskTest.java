package io.stepline.connector.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.connector.BindingException;
import io.stepline.connector.BoundTask;
import io.stepline.connector.DatasetRef;
import io.stepline.connector.TaskFailedException;
import io.stepline.json.Json;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SqlTaskTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(value = Engines.class, names = {"POSTGRES", "H2", "MARIADB"})
    void statementsRunInOneTransactionWithNamedParametersAndQueriesReturnRows(Engines engine) throws Exception {
        BoundTask sql = new Tasks("db", engine.freshConnection("sql")).bind("stepline:sql:db");

        JsonNode setup = Tasks.run(sql, """
                {"Statements": ["CREATE TABLE people (id INT PRIMARY KEY, name VARCHAR(20), note VARCHAR(40))",
                                "INSERT INTO people VALUES (1, 'ada', ':not_a_parameter'), (2, 'bob', NULL), (3, 'cy', 'x')",
                                "UPDATE people SET note = :note WHERE id = :id"],
                 "Parameters": {"note": "it's bound", "id": 2}}""", "k");
        JsonNode rows = Tasks.run(sql, "{\"Statement\": \"SELECT id, name, note FROM people WHERE id >= ? ORDER BY id\","
                + " \"Parameters\": [1]}", "k");

        assertThat(setup.path("results").get(1).path("updateCount").asInt()).isEqualTo(3);
        assertThat(rows.path("rowCount").asInt()).isEqualTo(3);
        JsonNode first = rows.path("rows").get(0);
        assertThat(first.path(first.has("id") ? "id" : "ID").asLong()).isEqualTo(1);
        assertThat(Json.write(rows)).contains(":not_a_parameter").contains("it's bound");
        assertThatThrownBy(() -> Tasks.run(sql, "{\"Statement\": \"SELECT * FROM people\", \"MaxRows\": 2}", "k"))
                .isInstanceOfSatisfying(TaskFailedException.class, e -> {
                    assertThat(e.error()).isEqualTo("Jdbc.TooManyRows");
                    assertThat(e.cause()).contains("more than MaxRows (2)").contains("Export");
                });
    }

    @Test
    void aLargeQueryIsExportedToParquetAndTravelsAsADatasetRef() throws Exception {
        BoundTask sql = new Tasks("db", Engines.POSTGRES.freshConnection("export")).bind("stepline:sql:db");
        Path file = dir.resolve("out/numbers.parquet");

        JsonNode result = Tasks.run(sql, "{\"Statement\": \"SELECT g AS n, 'v' || g AS label, DATE '2026-11-25' AS day"
                + " FROM generate_series(1, :upto) g\", \"Parameters\": {\"upto\": 5000},"
                + " \"Export\": {\"Uri\": \"" + file + "\", \"Format\": \"parquet\"}}", "k");

        DatasetRef ref = DatasetRef.fromJson(result, "result");
        assertThat(ref.rows()).isEqualTo(5000);
        assertThat(ref.format()).isEqualTo("parquet");
        assertThat(ref.schema()).extracting(DatasetRef.Column::name).containsExactly("n", "label", "day");
        try (java.sql.Connection duck = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = duck.createStatement();
                ResultSet sum = statement.executeQuery("SELECT SUM(n), MAX(day) FROM read_parquet('" + file + "')")) {
            sum.next();
            assertThat(sum.getLong(1)).isEqualTo(5000L * 5001 / 2);
            assertThat(sum.getString(2)).isEqualTo("2026-11-25");
        }
    }

    @Test
    void bindingNeedsAJdbcConnectionOfThatName() throws Exception {
        Tasks spark = new Tasks("cluster", Json.NODES.objectNode().put("type", "spark"));

        assertThatThrownBy(() -> spark.bind("stepline:sink:nowhere")).isInstanceOf(BindingException.class)
                .hasMessageContaining("no connection named 'nowhere' for stepline:sink:nowhere");
        assertThatThrownBy(() -> spark.bind("stepline:sql:cluster")).isInstanceOf(BindingException.class)
                .hasMessageContaining("is of type spark, not jdbc");
        assertThat(spark.bind("stepline:function:x")).isNull();
    }
}
