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

/** {@code "Sink": {...}}: records go into a table as pages arrive, batch after batch, each committed, never twice. */
class SinkStreamingTest {
    private static final String UPSERT = "{\"Sink\": {\"Connection\": \"warehouse\", \"Table\": \"contacts\", \"Mode\": \"upsert\","
            + " \"Keys\": [\"source_id\"], \"CreateTable\": true, \"CommitEvery\": 100}}";
    private static final String APPEND = "{\"Sink\": {\"Connection\": \"warehouse\", \"Table\": \"rates\","
            + " \"CreateTable\": true, \"CommitEvery\": 100}}";

    @ParameterizedTest
    @EnumSource(Warehouses.class)
    void pagesGoIntoTheTableInCommittedBatchesAndAFailureResumesAfterTheLastOne(Warehouses engine) throws Exception {
        ObjectNode config = engine.addTo(FakeApis.config(), "stream-upsert");
        BoundTask task = FakeApis.bind("stepline:collect:crm.contacts", config);
        CRM.failOnce(3, Fault.MALFORMED);

        assertThatThrownBy(() -> FakeApis.run(task, UPSERT, "exec#S1#1#0"))
                .isInstanceOfSatisfying(TaskFailedException.class, e -> {
                    assertThat(e.error()).isEqualTo("Collector.MalformedResponse");
                    assertThat(e.cause()).contains("200 records of 2 pages kept", "resumes at page 3");
                });
        assertThat(Warehouses.count(config, "contacts")).as("the two committed batches stay").isEqualTo(200);

        JsonNode result = FakeApis.run(task, UPSERT, "exec#S1#1#1"); // the state's Retry

        assertThat(result.path("resumedAtPage").asLong()).isEqualTo(3);
        assertThat(result.path("records").asLong()).isEqualTo(CRM.total());
        assertThat(result.has("dataset")).isFalse();
        JsonNode sink = result.path("sink");
        assertThat(sink.path("table").asText()).isEqualTo("contacts");
        assertThat(sink.path("mode").asText()).isEqualTo("upsert");
        assertThat(sink.path("batches").asLong()).isEqualTo(3);
        assertThat(sink.path("rowsWritten").asLong()).isEqualTo(CRM.total());
        assertThat(result.path("cursor").path("next").asText()).isNotEmpty();
        assertThat(result.path("cursor").path("committed").asBoolean()).isFalse();
        assertThat(Warehouses.query(config, "SELECT COUNT(*), COUNT(DISTINCT source_id) FROM contacts"))
                .containsExactly(List.of(String.valueOf(CRM.total()), String.valueOf(CRM.total())));
    }

    /**
     * A crash between a batch's commit and its checkpoint: the resumed collection fetches that
     * batch's pages again, and append finds the batch in the sink's ledger instead of writing it twice.
     */
    @ParameterizedTest
    @EnumSource(Warehouses.class)
    void appendSkipsABatchAlreadyCommittedWhenItsCheckpointWasLost(Warehouses engine) throws Exception {
        ObjectNode config = engine.addTo(FakeApis.config(), "stream-append");
        BoundTask task = FakeApis.bind("stepline:collect:currency.rates", config);
        Path checkpoints = Path.of(config.path("collect").path("stateDirectory").asText()).resolve("checkpoints");

        CURRENCY.failOnce(2, Fault.MALFORMED);
        assertThatThrownBy(() -> FakeApis.run(task, APPEND, "exec#S2#1#0")).isInstanceOf(TaskFailedException.class);
        Path checkpoint = only(checkpoints);
        String afterFirstBatch = Files.readString(checkpoint);
        CURRENCY.failOnce(3, Fault.MALFORMED);
        assertThatThrownBy(() -> FakeApis.run(task, APPEND, "exec#S2#1#1")).isInstanceOf(TaskFailedException.class);
        assertThat(Warehouses.count(config, "rates")).isEqualTo(200);
        Files.writeString(checkpoint, afterFirstBatch); // as if the process died before saving the second batch's checkpoint

        JsonNode result = FakeApis.run(task, APPEND, "exec#S2#1#2");

        assertThat(result.path("resumedAtPage").asLong()).isEqualTo(2);
        assertThat(result.path("sink").path("batchesAlreadyWritten").asLong()).isEqualTo(1);
        assertThat(result.path("sink").path("rowsWritten").asLong()).isEqualTo(CURRENCY.total());
        assertThat(Warehouses.query(config, "SELECT COUNT(*), COUNT(DISTINCT currency || CAST(day AS VARCHAR)) FROM rates"))
                .containsExactly(List.of(String.valueOf(CURRENCY.total()), String.valueOf(CURRENCY.total())));
    }

    @Test
    void afterWriteAdvancesTheCursorOnceEveryBatchIsCommittedAndTheNextRunWritesOnlyWhatIsNew() throws Exception {
        ObjectNode config = Warehouses.DUCKDB.addTo(FakeApis.config(), "stream-cursor");
        BoundTask task = FakeApis.bind("stepline:collect:crm.contacts", config);
        String afterWrite = UPSERT.replace("{\"Sink\"", "{\"AdvanceCursor\": \"AfterWrite\", \"Sink\"");

        JsonNode first = FakeApis.run(task, afterWrite, "exec#S5#1#0");
        JsonNode next = FakeApis.run(task, afterWrite, "exec#S6#1#0");

        assertThat(first.path("cursor").path("committed").asBoolean()).isTrue();
        assertThat(first.path("sink").path("rowsWritten").asLong()).isEqualTo(CRM.total());
        assertThat(next.path("cursor").path("previous").asText()).isEqualTo(first.path("cursor").path("next").asText());
        assertThat(next.path("records").asLong()).as("nothing updated since").isZero();
        assertThat(next.path("sink").path("batches").asLong()).isZero();
        assertThat(Warehouses.count(config, "contacts")).isEqualTo(CRM.total());
    }

    @Test
    void replacePartitionEmptiesThePartitionOnceAndAppendsTheLaterBatchesIntoIt() throws Exception {
        ObjectNode config = Warehouses.DUCKDB.addTo(FakeApis.config(), "stream-replace");
        BoundTask task = FakeApis.bind("stepline:collect:currency.rates", config);
        String replace = "{\"Sink\": {\"Connection\": \"warehouse\", \"Table\": \"rates\", \"Mode\": \"replace_partition\","
                + " \"Partition\": {\"Column\": \"batch_day\", \"Value\": \"2026-11-25\"}, \"CreateTable\": true,"
                + " \"CommitEvery\": 100}}";

        FakeApis.run(task, replace, "exec#S3#1#0");
        JsonNode again = FakeApis.run(task, replace, "exec#S3b#1#0"); // a later run of the same day

        assertThat(again.path("sink").path("batches").asLong()).isEqualTo(3);
        assertThat(Warehouses.query(config, "SELECT COUNT(*), COUNT(DISTINCT currency || CAST(day AS VARCHAR)), MIN(batch_day) FROM rates"))
                .containsExactly(List.of(String.valueOf(CURRENCY.total()), String.valueOf(CURRENCY.total()), "2026-11-25"));
    }

    @Test
    void aSinkNamingNoConnectionOrAnUnknownFieldFailsBeforeAnyRequest() throws Exception {
        BoundTask task = FakeApis.bind("stepline:collect:currency.rates", FakeApis.config());
        long before = CURRENCY.requests();

        assertThatThrownBy(() -> FakeApis.run(task, "{\"Sink\": {\"Connection\": \"nowhere\", \"Table\": \"rates\"}}",
                "exec#S4#1#0")).isInstanceOfSatisfying(TaskFailedException.class, e -> {
                    assertThat(e.error()).isEqualTo("Jdbc.InvalidParameters");
                    assertThat(e.cause()).contains("no connection named 'nowhere'", "Sink of stepline:collect:currency.rates");
                });
        assertThatThrownBy(() -> FakeApis.run(task, "{\"Sink\": {\"Connection\": \"crm-api\", \"Table\": \"rates\"}}",
                "exec#S4#1#0")).isInstanceOfSatisfying(TaskFailedException.class,
                        e -> assertThat(e.cause()).contains("is of type http, not jdbc"));
        ObjectNode config = Warehouses.DUCKDB.addTo(FakeApis.config(), "stream-invalid");
        BoundTask withWarehouse = FakeApis.bind("stepline:collect:currency.rates", config);
        assertThatThrownBy(() -> FakeApis.run(withWarehouse, "{\"Sink\": {\"Connection\": \"warehouse\", \"Table\": \"rates\","
                + " \"Records\": []}}", "exec#S4#1#0")).isInstanceOfSatisfying(TaskFailedException.class,
                        e -> assertThat(e.cause()).contains("unknown field 'Records'"));
        assertThatThrownBy(() -> FakeApis.run(withWarehouse, "{\"Sink\": {\"Connection\": \"warehouse\", \"Table\": \"rates\","
                + " \"Mode\": \"upsert\"}}", "exec#S4#1#0")).isInstanceOfSatisfying(TaskFailedException.class,
                        e -> assertThat(e.cause()).contains("needs Keys"));
        assertThat(CURRENCY.requests()).isEqualTo(before);
    }

    private static Path only(Path directory) throws Exception {
        try (Stream<Path> files = Files.list(directory)) {
            List<Path> all = files.toList();
            assertThat(all).hasSize(1);
            return all.get(0);
        }
    }
}
