package io.stepline.connector.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.connector.BoundTask;
import io.stepline.connector.TaskFailedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The sink on every engine: modes, idempotence, datasets by reference, and errors that say where. */
class SinkTaskTest {
    private static final String ORDERS = """
            [{"id": 1, "customer": "ada", "amount": 10.5, "day": "2026-11-25"},
             {"id": 2, "customer": "bob", "amount": 7.25, "day": "2026-11-25"},
             {"id": 3, "customer": "cy", "amount": null, "day": "2026-11-25"}]""";

    @TempDir
    Path dir;

    private static Tasks tasks(Engines engine, String purpose) throws Exception {
        return new Tasks("warehouse", engine.freshConnection(purpose));
    }

    @ParameterizedTest
    @EnumSource(Engines.class)
    void appendCreatesTheTableAndARerunOfTheSameAttemptWritesNothingTwice(Engines engine) throws Exception {
        Tasks db = tasks(engine, "append");
        BoundTask sink = db.bind("stepline:sink:warehouse");
        String input = "{\"Table\": \"orders\", \"CreateTable\": true, \"Records\": " + ORDERS + "}";

        JsonNode first = Tasks.run(sink, input, "exec-1#Load#2#0");
        JsonNode rerun = Tasks.run(sink, input, "exec-1#Load#2#0");
        JsonNode next = Tasks.run(sink, input, "exec-2#Load#2#0");

        assertThat(first.path("rowsWritten").asLong()).isEqualTo(3);
        assertThat(first.path("alreadyWritten").asBoolean()).isFalse();
        assertThat(first.path("table").asText()).isEqualTo("orders");
        assertThat(rerun.path("alreadyWritten").asBoolean()).isTrue();
        assertThat(rerun.path("rowsWritten").asLong()).isEqualTo(3);
        assertThat(next.path("rowsWritten").asLong()).isEqualTo(3);
        assertThat(db.query("SELECT COUNT(*) FROM orders")).containsExactly(List.of("6"));
        assertThat(db.query("SELECT customer FROM orders WHERE amount IS NULL")).containsOnly(List.of("cy"));
    }

    @ParameterizedTest
    @EnumSource(Engines.class)
    void upsertInsertsNewKeysAndUpdatesTheOthers(Engines engine) throws Exception {
        Tasks db = tasks(engine, "upsert");
        BoundTask sink = db.bind("stepline:sink:warehouse");
        Tasks.run(sink, "{\"Table\": \"sales.customers\", \"Mode\": \"upsert\", \"Keys\": [\"id\"], \"CreateTable\": true,"
                + " \"Records\": [{\"id\": 1, \"name\": \"ada\"}, {\"id\": 2, \"name\": \"bob\"}]}", "k1");

        JsonNode result = Tasks.run(sink, "{\"Table\": \"sales.customers\", \"Mode\": \"upsert\", \"Keys\": [\"id\"],"
                + " \"Records\": [{\"id\": 2, \"name\": \"bobby\"}, {\"id\": 3, \"name\": \"cy\"}]}", "k2");

        assertThat(result.path("rowsInserted").asLong()).isEqualTo(1);
        assertThat(result.path("rowsUpdated").asLong()).isEqualTo(1);
        assertThat(result.path("mode").asText()).isEqualTo("upsert");
        assertThat(db.query("SELECT id, name FROM sales.customers ORDER BY id"))
                .containsExactly(List.of("1", "ada"), List.of("2", "bobby"), List.of("3", "cy"));
    }

    @ParameterizedTest
    @EnumSource(Engines.class)
    void replacePartitionLoadsADirectoryOfParquetPartsAndARerunReplacesTheSameRows(Engines engine) throws Exception {
        Tasks db = tasks(engine, "partition");
        Path parts = Files.createDirectories(dir.resolve("orders"));
        writeParquet(parts.resolve("part-00000.parquet"), 0, 600);
        writeParquet(parts.resolve("part-00001.parquet"), 600, 1000);
        Files.writeString(parts.resolve("_SUCCESS"), "");
        BoundTask sink = db.bind("stepline:sink:warehouse");
        String input = "{\"Table\": \"orders\", \"Mode\": \"replace_partition\", \"CreateTable\": true,"
                + " \"Partition\": {\"Column\": \"sold_on\", \"Value\": \"%s\"}, \"BatchSize\": 128,"
                + " \"Dataset\": {\"uri\": \"" + parts + "\", \"format\": \"parquet\"}}";

        Tasks.run(sink, input.formatted("2026-11-24"), "a");
        Tasks.run(sink, input.formatted("2026-11-25"), "b");
        JsonNode rerun = Tasks.run(sink, input.formatted("2026-11-25"), "c");

        assertThat(rerun.path("rowsDeleted").asLong()).isEqualTo(1000);
        assertThat(rerun.path("rowsWritten").asLong()).isEqualTo(1000);
        assertThat(rerun.path("partition").path("value").asText()).isEqualTo("2026-11-25");
        assertThat(db.query("SELECT COUNT(*), COUNT(DISTINCT id), SUM(id) FROM orders WHERE sold_on = DATE '2026-11-25'"))
                .containsExactly(List.of("1000", "1000", "499500"));
        assertThat(db.query("SELECT COUNT(*) FROM orders")).containsExactly(List.of("2000"));
    }

    @ParameterizedTest
    @EnumSource(Engines.class)
    void aConstraintViolationIsNotRetryableNamesTheTableAndWritesNothing(Engines engine) throws Exception {
        Tasks db = tasks(engine, "constraint");
        BoundTask sink = db.bind("stepline:sink:warehouse");
        Tasks.run(sink, "{\"Table\": \"items\", \"Mode\": \"upsert\", \"Keys\": [\"id\"], \"CreateTable\": true,"
                + " \"Records\": [{\"id\": 1, \"name\": \"a\"}]}", "k1");

        assertThatThrownBy(() -> Tasks.run(sink, "{\"Table\": \"items\", \"Records\": [{\"id\": 5, \"name\": \"b\"},"
                + " {\"id\": 1, \"name\": \"dup\"}]}", "k2"))
                .isInstanceOfSatisfying(TaskFailedException.class, e -> {
                    assertThat(e.error()).isEqualTo("Jdbc.ConstraintViolation");
                    assertThat(e.cause()).contains("table items on connection warehouse").doesNotContain("\tat ");
                });
        assertThat(db.query("SELECT COUNT(*) FROM items")).containsExactly(List.of("1"));
    }

    @ParameterizedTest
    @EnumSource(value = Engines.class, names = {"H2", "DUCKDB"})
    void badIdentifiersAndBadFilesAreRefusedBeforeAnySql(Engines engine) throws Exception {
        BoundTask sink = tasks(engine, "bad").bind("stepline:sink:warehouse");
        Files.writeString(dir.resolve("broken.parquet"), "not parquet at all");

        assertThatThrownBy(() -> Tasks.run(sink, "{\"Table\": \"orders; DROP TABLE x\", \"Records\": []}", "k"))
                .hasMessageStartingWith("Jdbc.InvalidIdentifier: table 'orders; DROP TABLE x' is not a valid identifier");
        assertThatThrownBy(() -> Tasks.run(sink, "{\"Table\": \"t\", \"Records\": [{\"a b\": 1}]}", "k"))
                .hasMessageStartingWith("Jdbc.InvalidIdentifier: column of Records[0] 'a b'");
        assertThatThrownBy(() -> Tasks.run(sink, "{\"Table\": \"t\", \"Dataset\": \"" + dir.resolve("broken.parquet")
                + "\"}", "k")).isInstanceOfSatisfying(TaskFailedException.class, e -> {
                    assertThat(e.error()).isEqualTo("Stepline.InvalidDataset");
                    assertThat(e.cause()).contains("broken.parquet").contains("cannot be read");
                });
        assertThatThrownBy(() -> Tasks.run(sink, "{\"Table\": \"t\", \"Dataset\": \"" + dir.resolve("absent.csv")
                + "\"}", "k")).hasMessageContaining("absent.csv: no such file or directory");
    }

    /** Part files as Spark writes them: id, customer, amount (no day: the partition adds it). */
    private static void writeParquet(Path file, int from, int to) throws Exception {
        try (java.sql.Connection duck = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = duck.createStatement()) {
            statement.execute("COPY (SELECT i::BIGINT AS id, 'c' || i AS customer, i * 1.5 AS amount FROM range(" + from
                    + ", " + to + ") t(i)) TO '" + file + "' (FORMAT parquet)");
        }
    }
}
