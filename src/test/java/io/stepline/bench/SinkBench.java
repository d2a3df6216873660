package io.stepline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepline.config.Connections;
import io.stepline.config.secret.Secrets;
import io.stepline.connector.BoundTask;
import io.stepline.connector.ConnectorContext;
import io.stepline.connector.TaskRequest;
import io.stepline.connector.TaskResource;
import io.stepline.connector.jdbc.JdbcConnector;
import io.stepline.connector.jdbc.Tasks;
import io.stepline.json.Json;
import io.stepline.store.jdbc.EmbeddedPostgresServer;
import io.stepline.store.jdbc.StoreSettings;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code scripts/bench data sink}: one Parquet dataset of N rows (1M; 100k with --quick) written
 * into PostgreSQL (embedded, fsync on), DuckDB and H2 (files) by the sink task
 * ({@code stepline:sink:bench}, append) and by the raw driver's best bulk path
 * ({@link SinkRawLoads}), in the same JVM, taking turns on fresh empty tables; rows per second,
 * median of the rounds. Arguments: {@code ROOT RESULT_JSON [--quick]}.
 */
public final class SinkBench {
    private static final double TARGET = 0.8;
    private static final String TABLE_DDL = "CREATE TABLE %s (id BIGINT, customer VARCHAR(40), amount DOUBLE PRECISION,"
            + " sold_on DATE)";

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]).toAbsolutePath();
        Path result = Path.of(args[1]);
        boolean quick = Arrays.asList(args).contains("--quick");
        int rows = quick ? 100_000 : 1_000_000;
        int rounds = quick ? 1 : 3;
        Path work = Files.createDirectories(root.resolve("target/bench/data/sink"));
        Path parquet = work.resolve("orders-" + rows + ".parquet");
        writeDataset(parquet, rows);
        EmbeddedPostgresServer.configure("fsync", "on");
        EmbeddedPostgresServer.configure("synchronous_commit", "on");

        Report report = new Report();
        List<String> notes = new ArrayList<>();
        String load = Environment.loadAverage();
        for (String database : List.of("postgres", "duckdb", "h2")) {
            ObjectNode connection = connection(database, work);
            BoundTask sink = bind(connection);
            double[] sinkRates = new double[rounds];
            double[] rawRates = new double[rounds];
            // both sides keep their connection open across turns: the sink its pool, raw this one
            try (Connection raw = DriverManager.getConnection(connection.path("url").asText(),
                    connection.path("user").asText(null), connection.path("password").asText(null))) {
                run(database, raw, sink, parquet, "warmup_sink", rows); // JIT, pool, first-file costs
                run(database, raw, null, parquet, "warmup_raw", rows);
                for (int round = 0; round < rounds; round++) {
                    rawRates[round] = run(database, raw, null, parquet, "raw_" + round, rows);
                    sinkRates[round] = run(database, raw, sink, parquet, "sink_" + round, rows);
                }
            }
            report.add(database + "_" + rows + "_rows sink vs " + peer(database), "rows_per_s", median(sinkRates),
                    median(rawRates), Target.ratioAtLeast(TARGET));
            notes.add(database + ": sink rows/s per round " + Arrays.toString(round(sinkRates)) + ", raw "
                    + Arrays.toString(round(rawRates)));
        }
        PrintStream out = System.out;
        out.println();
        out.println("sink: " + rows + " rows (id bigint, customer varchar, amount double, sold_on date) from one Parquet"
                + " file, appended in one transaction; the sink task (stepline:sink, Dataset by reference) against"
                + " the raw driver's best bulk path fed the same Parquet rows through DuckDB JDBC, same JVM, taking"
                + " turns on fresh tables; median of " + rounds + " round(s) after a warm-up");
        out.println("postgres = embedded PostgreSQL, fsync=on, synchronous_commit=on; duckdb and h2 = files;"
                + " Java " + System.getProperty("java.version") + "; load average before: " + load + ", after: "
                + Environment.loadAverage());
        out.println();
        report.print(out);
        out.println();
        notes.forEach(note -> out.println("note: " + note));
        report.writeJson(result);
        long misses = report.rows().stream().filter(r -> r.verdict().equals("MISS")).count();
        out.println(misses == 0 ? "all targets met" : misses + " target(s) missed (reported, not a failure)");
        System.exit(0); // the embedded PostgreSQL's threads
    }

    private static String peer(String database) {
        return switch (database) {
            case "postgres" -> "raw_copy";
            case "duckdb" -> "raw_appender";
            default -> "raw_batched_insert";
        };
    }

    /** Loads the dataset into a fresh table, by the sink ({@code sink} given) or raw; rows per second. */
    private static double run(String database, Connection raw, BoundTask sink, Path parquet, String table,
            int rows) throws Exception {
        try (Statement statement = raw.createStatement()) {
            statement.execute(TABLE_DDL.formatted(table));
        }
        long started = System.nanoTime();
        long written;
        if (sink == null) {
            written = SinkRawLoads.load(database, raw, parquet.toString(), table);
        } else {
            JsonNode result = sink.invoke(new TaskRequest(Json.parse("{\"Table\": \"" + table + "\", \"Dataset\": {\"uri\": \""
                    + parquet + "\", \"format\": \"parquet\"}}"), "bench-" + table, Tasks.CONTROL));
            written = result.path("rowsWritten").asLong();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        if (written != rows) {
            throw new IllegalStateException(table + " on " + database + " wrote " + written + " rows, not " + rows);
        }
        try (Statement statement = raw.createStatement()) {
            statement.execute("DROP TABLE " + table); // keep the database small between turns
        }
        return rows / seconds;
    }

    private static ObjectNode connection(String database, Path work) throws Exception {
        ObjectNode connection = Json.NODES.objectNode().put("type", "jdbc");
        switch (database) {
            case "postgres" -> {
                StoreSettings db = EmbeddedPostgresServer.freshDatabase("sink_bench");
                connection.put("url", db.url()).put("user", db.user()).put("password", db.password());
            }
            case "duckdb" -> {
                Path file = work.resolve("bench.duckdb");
                Files.deleteIfExists(file);
                Files.deleteIfExists(work.resolve("bench.duckdb.wal"));
                connection.put("url", "jdbc:duckdb:" + file);
            }
            default -> {
                Path dir = work.resolve("h2");
                if (Files.exists(dir)) {
                    try (var files = Files.list(dir)) {
                        for (Path file : files.toList()) {
                            Files.delete(file);
                        }
                    }
                }
                connection.put("url", "jdbc:h2:file:" + dir.resolve("bench"));
            }
        }
        return connection;
    }

    private static BoundTask bind(ObjectNode connection) throws Exception {
        ObjectNode config = Json.NODES.objectNode();
        config.putObject("connections").set("bench", connection);
        Connections connections = Connections.of(config, Secrets.standard());
        ConnectorContext context = Tasks.context(connections);
        return new JdbcConnector().bind(TaskResource.parse("stepline:sink:bench"), context);
    }

    private static void writeDataset(Path parquet, int rows) throws Exception {
        if (Files.exists(parquet)) {
            return;
        }
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = duck.createStatement()) {
            statement.execute("COPY (SELECT i::BIGINT AS id, 'customer-' || (i % 50000) AS customer,"
                    + " round(i * 0.37 % 1000, 2)::DOUBLE AS amount, DATE '2026-01-01' + (i % 365)::INTEGER AS sold_on"
                    + " FROM range(" + rows + ") t(i)) TO '" + parquet + "' (FORMAT parquet)");
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    private static long[] round(double[] values) {
        return Arrays.stream(values).mapToLong(Math::round).toArray();
    }
}
