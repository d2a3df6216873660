package io.stepline.connector.collect;

import static io.stepline.connector.collect.FakeApis.CRM;
import static io.stepline.connector.collect.FakeApis.CURRENCY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepline.connector.BoundTask;
import io.stepline.connector.TaskFailedException;
import io.stepline.connector.collect.fake.Fault;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code "Format": "parquet"}: a typed Parquet file the sink loads, made at the end from a durable JSON Lines spool. */
class ParquetOutputTest {

    @ParameterizedTest
    @EnumSource(Warehouses.class)
    void aParquetDatasetCarriesTypedColumnsAndLoadsThroughTheSink(Warehouses engine) throws Exception {
        ObjectNode config = engine.addTo(FakeApis.config(), "parquet-load");
        JsonNode result = FakeApis.run(FakeApis.bind("stepline:collect:crm.contacts", config),
                "{\"Format\": \"parquet\"}", "exec#PQ1#1#0");

        JsonNode dataset = result.path("dataset");
        assertThat(dataset.path("format").asText()).isEqualTo("parquet");
        assertThat(dataset.path("uri").asText()).endsWith(".parquet");
        assertThat(dataset.path("rows").asLong()).isEqualTo(CRM.total());
        assertThat(types(dataset)).containsEntry("source_id", "string").containsEntry("lifetime_value", "double")
                .containsEntry("updated_at", "timestamp");
        Path file = Path.of(dataset.path("uri").asText());
        try (Stream<Path> siblings = Files.list(file.getParent())) {
            assertThat(siblings).as("no spool or temporary file left").containsExactly(file);
        }

        JsonNode loaded = FakeApis.run(Warehouses.sink(config), "{\"Table\": \"contacts\", \"Mode\": \"upsert\","
                + " \"Keys\": [\"source_id\"], \"CreateTable\": true, \"Dataset\": " + dataset + "}", "load#1");

        assertThat(loaded.path("rowsWritten").asLong()).isEqualTo(CRM.total());
        assertThat(Warehouses.query(config, "SELECT source_id, email, lifetime_value FROM contacts WHERE source_id = 'C1'"))
                .hasSize(1).first().satisfies(row -> assertThat(row.get(1)).isEqualTo("contact1@example.com"));
        assertThat(Warehouses.count(config, "contacts")).isEqualTo(CRM.total());
    }

    @Test
    void aFailureAtPageNKeepsTheSpoolAndTheRedriveResumesThereAndWritesEveryRecordOnce() throws Exception {
        BoundTask task = FakeApis.bind("stepline:collect:currency.rates", FakeApis.config());
        CURRENCY.failOnce(3, Fault.MALFORMED);

        assertThatThrownBy(() -> FakeApis.run(task, "{\"Format\": \"parquet\"}", "exec#PQ2#4#0"))
                .isInstanceOfSatisfying(TaskFailedException.class, e -> assertThat(e.cause())
                        .contains("200 records of 2 pages kept", "resumes at page 3"));
        long before = CURRENCY.requests();
        JsonNode redriven = FakeApis.run(task, "{\"Format\": \"parquet\"}", "exec#PQ2#9#0");

        assertThat(redriven.path("resumedAtPage").asLong()).isEqualTo(3);
        assertThat(CURRENCY.requests() - before).as("only the page not yet collected").isEqualTo(1);
        assertThat(redriven.path("dataset").path("rows").asLong()).isEqualTo(CURRENCY.total());
        List<List<String>> distinct = duck("SELECT COUNT(*), COUNT(DISTINCT (currency, day)) FROM read_parquet(?)",
                redriven.path("dataset").path("uri").asText());
        assertThat(distinct).containsExactly(List.of(String.valueOf(CURRENCY.total()), String.valueOf(CURRENCY.total())));
    }

    @ParameterizedTest
    @EnumSource(Warehouses.class)
    void anEmptyCollectionIsAValidEmptyParquetFileWithTheMappedColumns(Warehouses engine) throws Exception {
        ObjectNode config = engine.addTo(FakeApis.config(), "parquet-empty");
        JsonNode result = FakeApis.run(FakeApis.bind("stepline:collect:crm.contacts", config),
                "{\"Format\": \"parquet\", \"Cursor\": \"2999-01-01T00:00:00Z\"}", "exec#PQ3#1#0");

        JsonNode dataset = result.path("dataset");
        assertThat(result.path("records").asLong()).isZero();
        assertThat(dataset.path("format").asText()).isEqualTo("parquet");
        assertThat(dataset.path("rows").asLong()).isZero();
        assertThat(types(dataset).keySet()).containsExactly("source_id", "email", "company", "lifetime_value", "updated_at");
        JsonNode loaded = FakeApis.run(Warehouses.sink(config), "{\"Table\": \"contacts\", \"Mode\": \"upsert\","
                + " \"Keys\": [\"source_id\"], \"CreateTable\": true, \"Dataset\": " + dataset + "}", "load#empty");

        assertThat(loaded.path("rowsWritten").asLong()).isZero();
        assertThat(Warehouses.count(config, "contacts")).isZero();
    }

    /** Parquet cannot hold a schema without a column: nothing collected of a stream with no known field is empty JSON Lines. */
    @Test
    void anEmptyCollectionWithoutKnownColumnsIsAnEmptyJsonLinesDataset() throws Exception {
        Path target = Files.createTempDirectory("stepline-collect-empty").resolve("ads.parquet");
        FileDestination destination = new FileDestination(target, "parquet", List.of());
        destination.open(null);

        JsonNode dataset = destination.complete(0).value();
        destination.close();

        assertThat(dataset.path("format").asText()).isEqualTo("jsonl");
        assertThat(dataset.path("rows").asLong()).isZero();
        assertThat(Path.of(dataset.path("uri").asText())).isEqualTo(target.resolveSibling("ads.parquet.jsonl")).isEmptyFile();
        assertThat(target).doesNotExist();
    }

    @Test
    void aWrongFormatOrBothASinkAndAnOutputAreInvalidParameters() throws Exception {
        BoundTask task = FakeApis.bind("stepline:collect:currency.rates", FakeApis.config());

        assertThatThrownBy(() -> FakeApis.run(task, "{\"Format\": \"avro\"}", "exec#PQ4#1#0"))
                .isInstanceOfSatisfying(TaskFailedException.class, e -> {
                    assertThat(e.error()).isEqualTo("Collector.InvalidParameters");
                    assertThat(e.cause()).contains("Format", "parquet", "avro");
                });
        assertThatThrownBy(() -> FakeApis.run(task, "{\"Format\": \"parquet\", \"Sink\": {\"Connection\": \"warehouse\","
                + " \"Table\": \"rates\"}}", "exec#PQ4#1#0"))
                .isInstanceOfSatisfying(TaskFailedException.class, e -> assertThat(e.cause()).contains("either Sink"));
    }

    private static java.util.Map<String, String> types(JsonNode dataset) {
        java.util.Map<String, String> types = new java.util.LinkedHashMap<>();
        dataset.path("schema").forEach(c -> types.put(c.path("name").asText(), c.path("type").asText()));
        return types;
    }

    private static List<List<String>> duck(String sql, String file) throws Exception {
        try (var connection = java.sql.DriverManager.getConnection("jdbc:duckdb:");
                var statement = connection.prepareStatement(sql)) {
            statement.setString(1, file);
            try (var rows = statement.executeQuery()) {
                List<List<String>> result = new java.util.ArrayList<>();
                while (rows.next()) {
                    result.add(List.of(rows.getString(1), rows.getString(2)));
                }
                return result;
            }
        }
    }
}
