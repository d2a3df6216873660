package io.stepline.connector.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.connector.BoundTask;
import io.stepline.connector.TaskFailedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Regression: an empty dataset (a collector's empty JSON Lines file when nothing was new, a CSV
 * with only its header, a Parquet directory without parts) failed with Jdbc.InvalidStatement
 * ("stepline_stage does not have a column json"). It is a write of 0 rows in every mode, and
 * replace_partition empties the partition.
 */
class EmptyDatasetSinkTest {
    private static final String DAY_ONE = """
            [{"id": 1, "customer": "ada", "day": "2026-11-25"}, {"id": 2, "customer": "bob", "day": "2026-11-25"},
             {"id": 3, "customer": "cy", "day": "2026-11-26"}]""";
    private static final String SCHEMA = """
            [{"name": "id", "type": "bigint", "nullable": false}, {"name": "customer", "type": "string", "nullable": true}]""";

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Engines.class)
    void anEmptyDatasetWritesNothingInEveryModeAndReplacingAPartitionEmptiesIt(Engines engine) throws Exception {
        Tasks db = new Tasks("warehouse", engine.freshConnection("empty"));
        BoundTask sink = db.bind("stepline:sink:warehouse");
        Tasks.run(sink, "{\"Table\": \"orders\", \"Mode\": \"upsert\", \"Keys\": [\"id\"], \"CreateTable\": true,"
                + " \"Records\": " + DAY_ONE + "}", "seed");
        String jsonl = dataset(Files.writeString(dir.resolve("new.jsonl"), ""), "jsonl");
        String csv = dataset(Files.writeString(dir.resolve("new.csv"), "id,customer,day\n"), "csv");
        String parquet = dataset(Files.createDirectories(dir.resolve("parts")), "parquet");
        Files.writeString(dir.resolve("parts/_SUCCESS"), "");

        JsonNode appended = Tasks.run(sink, "{\"Table\": \"orders\", \"Dataset\": " + jsonl + "}", "append-1");
        JsonNode again = Tasks.run(sink, "{\"Table\": \"orders\", \"Dataset\": " + jsonl + "}", "append-1");
        JsonNode upserted = Tasks.run(sink, "{\"Table\": \"orders\", \"Mode\": \"upsert\", \"Keys\": [\"id\"],"
                + " \"Dataset\": " + csv + "}", "upsert-1");
        JsonNode records = Tasks.run(sink, "{\"Table\": \"orders\", \"Mode\": \"upsert\", \"Keys\": [\"id\"],"
                + " \"Records\": []}", "upsert-2");
        JsonNode replaced = Tasks.run(sink, "{\"Table\": \"orders\", \"Mode\": \"replace_partition\","
                + " \"Partition\": {\"Column\": \"day\", \"Value\": \"2026-11-25\"}, \"Dataset\": " + parquet + "}", "r");

        assertThat(appended.path("rowsWritten").asLong()).isZero();
        assertThat(appended.path("alreadyWritten").asBoolean()).isFalse();
        assertThat(again.path("alreadyWritten").asBoolean()).isTrue();
        assertThat(upserted.path("rowsWritten").asLong()).isZero();
        assertThat(upserted.path("rowsUpdated").asLong()).isZero();
        assertThat(records.path("rowsWritten").asLong()).isZero();
        assertThat(replaced.path("rowsWritten").asLong()).isZero();
        assertThat(replaced.path("rowsDeleted").asLong()).as("the day now has no data").isEqualTo(2);
        assertThat(db.query("SELECT id, customer FROM orders ORDER BY id")).containsExactly(List.of("3", "cy"));
    }

    @ParameterizedTest
    @EnumSource(Engines.class)
    void createTableTakesTheColumnsFromTheDatasetSchemaOrSaysWhyItCannot(Engines engine) throws Exception {
        Tasks db = new Tasks("warehouse", engine.freshConnection("empty-create"));
        BoundTask sink = db.bind("stepline:sink:warehouse");
        Path empty = Files.writeString(dir.resolve("nothing.jsonl"), "");
        String described = "{\"uri\": \"" + empty + "\", \"format\": \"jsonl\", \"rows\": 0, \"schema\": " + SCHEMA + "}";

        JsonNode created = Tasks.run(sink, "{\"Table\": \"contacts\", \"Mode\": \"replace_partition\", \"CreateTable\": true,"
                + " \"Partition\": {\"Column\": \"sold_on\", \"Value\": \"2026-11-25\"}, \"Dataset\": " + described + "}", "c");
        Tasks.run(sink, "{\"Table\": \"contacts\", \"Records\": [{\"id\": 7, \"customer\": \"dee\", \"sold_on\": \"2026-11-25\"}]}",
                "later");

        assertThat(created.path("rowsWritten").asLong()).isZero();
        assertThat(db.query("SELECT id, customer, sold_on FROM contacts")).containsExactly(List.of("7", "dee", "2026-11-25"));
        assertThatThrownBy(() -> Tasks.run(sink, "{\"Table\": \"leads\", \"CreateTable\": true, \"Dataset\": "
                + dataset(empty, "jsonl") + "}", "k")).isInstanceOfSatisfying(TaskFailedException.class, e -> {
                    assertThat(e.error()).isEqualTo("Stepline.InvalidDataset");
                    assertThat(e.cause()).contains("nothing.jsonl").contains("is empty").contains("leads")
                            .contains("schema");
                });
    }

    /** Regression: an empty {@code .jsonl.gz} is a gzip header, not an empty file; it too is a write of 0 rows. */
    @ParameterizedTest
    @EnumSource(value = Engines.class, names = {"DUCKDB", "POSTGRES"})
    void anEmptyGzippedJsonLinesDatasetIsEmptyToo(Engines engine) throws Exception {
        Tasks db = new Tasks("warehouse", engine.freshConnection("empty-gz"));
        BoundTask sink = db.bind("stepline:sink:warehouse");
        Tasks.run(sink, "{\"Table\": \"orders\", \"Mode\": \"upsert\", \"Keys\": [\"id\"], \"CreateTable\": true,"
                + " \"Records\": " + DAY_ONE + "}", "seed");
        Path gz = dir.resolve("new.jsonl.gz");
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write("\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }

        JsonNode byName = Tasks.run(sink, "{\"Table\": \"orders\", \"Dataset\": \"" + gz + "\"}", "gz-1");
        JsonNode replaced = Tasks.run(sink, "{\"Table\": \"orders\", \"Mode\": \"replace_partition\","
                + " \"Partition\": {\"Column\": \"day\", \"Value\": \"2026-11-26\"}, \"Dataset\": "
                + dataset(dir, "jsonl") + "}", "gz-2");

        assertThat(byName.path("rowsWritten").asLong()).isZero();
        assertThat(replaced.path("rowsDeleted").asLong()).isEqualTo(1);
        assertThat(db.query("SELECT id FROM orders ORDER BY id")).containsExactly(List.of("1"), List.of("2"));
    }

    private static String dataset(Path path, String format) {
        return "{\"uri\": \"" + path + "\", \"format\": \"" + format + "\"}";
    }
}
