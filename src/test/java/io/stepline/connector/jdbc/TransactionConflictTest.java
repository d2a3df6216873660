package io.stepline.connector.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepline.connector.BoundTask;
import io.stepline.connector.TaskFailedException;
import io.stepline.engine.Pipeline;
import io.stepline.engine.RunOptions;
import io.stepline.engine.Stepline;
import io.stepline.json.Json;
import io.stepline.runtime.ExecutionResult;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Regression: parallel CreateTable sinks on one DuckDB file failed with DuckDB's "Catalog
 * write-write conflict" as Jdbc.SQLException. Every database's "another transaction got there
 * first" is now the retryable Jdbc.TransactionConflict, and DuckDB's benign race to create the
 * same schema, table or ledger is run again inside the sink.
 */
class TransactionConflictTest {
    private static final int BRANCHES = 12;

    @Test
    void aParallelOfCreateTableSinksOnOneDuckDbFileAllSucceed() throws Exception {
        ObjectNode warehouse = Engines.DUCKDB.freshConnection("parallel").put("poolSize", BRANCHES);
        List<String> branches = new ArrayList<>();
        for (int i = 0; i < BRANCHES; i++) {
            String mode = i % 2 == 0 ? "\"Mode\": \"append\"" : "\"Mode\": \"upsert\", \"Keys\": [\"id\"]";
            branches.add("""
                    {"StartAt": "Load%d", "States": {"Load%d": {"Type": "Task", "Resource": "stepline:sink:warehouse",
                      "Parameters": {"Table": "s%d.t%d", %s, "CreateTable": true, "Records": [{"id": %d, "v": "x"}]},
                      "End": true}}}""".formatted(i, i, i % 3, i % 2, mode, i));
        }
        String definition = "{\"StartAt\": \"Sinks\", \"States\": {\"Sinks\": {\"Type\": \"Parallel\", \"Branches\": ["
                + String.join(", ", branches) + "], \"End\": true}}}";
        ObjectNode config = Json.NODES.objectNode();
        config.putObject("connections").set("warehouse", warehouse);

        try (Stepline engine = Stepline.start(config)) {
            Pipeline pipeline = engine.load("parallel.asl.json", "parallel", definition, Map.of(), List.of());
            ExecutionResult result = pipeline.run(Json.parse("{}"), new RunOptions(null, false, true));

            assertThat(result.succeeded()).as(result.error() + " " + result.cause()).isTrue();
        }
        Tasks db = new Tasks("warehouse", warehouse);
        long rows = 0;
        for (int schema = 0; schema < 3; schema++) {
            for (int table = 0; table < 2; table++) {
                rows += Long.parseLong(db.query("SELECT COUNT(*) FROM s" + schema + ".t" + table).get(0).get(0));
            }
        }
        assertThat(rows).isEqualTo(BRANCHES);
    }

    @ParameterizedTest
    @EnumSource(Engines.class)
    void aRowHeldByAnotherTransactionIsARetryableTransactionConflictNamingTableAndConnection(Engines engine)
            throws Exception {
        ObjectNode warehouse = withShortLockWaits(engine, engine.freshConnection("conflict"));
        Tasks db = new Tasks("warehouse", warehouse);
        BoundTask sink = db.bind("stepline:sink:warehouse");
        String upsert = "{\"Table\": \"items\", \"Mode\": \"upsert\", \"Keys\": [\"id\"], \"CreateTable\": true,"
                + " \"Records\": [{\"id\": 1, \"name\": \"%s\"}]}";
        Tasks.run(sink, upsert.formatted("first"), "k1");

        try (Connection other = DriverManager.getConnection(warehouse.path("url").asText(),
                warehouse.path("user").asText(null), warehouse.path("password").asText(null))) {
            other.setAutoCommit(false);
            other.createStatement().executeUpdate("UPDATE items SET name = 'other' WHERE id = 1");

            assertThatThrownBy(() -> Tasks.run(sink, upsert.formatted("second"), "k2"))
                    .isInstanceOfSatisfying(TaskFailedException.class, e -> {
                        assertThat(e.error()).isEqualTo("Jdbc.TransactionConflict");
                        assertThat(e.cause()).contains("table items on connection warehouse").doesNotContain("\tat ");
                    });
            other.rollback();
        }
        Tasks.run(sink, upsert.formatted("retried"), "k2");
        assertThat(db.query("SELECT name FROM items")).containsExactly(List.of("retried"));
    }

    /** Lock waits of a fraction of a second (DuckDB does not wait: it fails the second writer at once). */
    private static ObjectNode withShortLockWaits(Engines engine, ObjectNode connection) {
        String url = connection.path("url").asText();
        switch (engine) {
            case POSTGRES -> connection.putObject("properties").put("options", "-c lock_timeout=300");
            case H2 -> connection.put("url", url + ";LOCK_TIMEOUT=300");
            case MARIADB -> connection.put("url", url + "?sessionVariables=innodb_lock_wait_timeout=1");
            case DUCKDB -> {
            }
        }
        return connection;
    }
}
