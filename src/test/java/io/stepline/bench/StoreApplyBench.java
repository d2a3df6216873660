package io.stepline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.json.Json;
import io.stepline.store.ExecutionStore;
import io.stepline.store.NewExecution;
import io.stepline.store.PathRecord;
import io.stepline.store.StoredEvent;
import io.stepline.store.Transition;
import io.stepline.store.jdbc.EmbeddedPostgresServer;
import io.stepline.store.jdbc.JdbcExecutionStore;
import io.stepline.store.jdbc.StoreSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * How fast {@code apply} is against the database's own floor, on H2 (file) and on embedded
 * PostgreSQL in one run: (a) one small row inserted and committed per call with plain JDBC
 * (autocommit), (b) {@code apply} of a typical transition (two small events and one path
 * upsert). One thread, so each number is the latency of one durable write. Prints rates and
 * the ratio apply/raw (the target is at least 0.5); asserts nothing.
 *
 * <p>The embedded PostgreSQL runs with {@code fsync=on} here (tests run it with fsync off);
 * each PostgreSQL line sets {@code synchronous_commit} for its sessions. Run:
 * <pre>
 * mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) io.stepline.bench.StoreApplyBench [seconds] [rounds]
 * </pre>
 */
public final class StoreApplyBench {
    private static final String RAW_TABLE = "CREATE TABLE bench_raw (id BIGINT PRIMARY KEY, note VARCHAR(100))";
    private static final String RAW_INSERT = "INSERT INTO bench_raw (id, note) VALUES (?, ?)";
    private static final JsonNode DETAILS = parse("{\"name\":\"Transform\",\"input\":{\"day\":\"2026-11-25\",\"n\":1}}");
    private static final JsonNode CHECKPOINT = parse("{\"state\":\"Transform\",\"input\":{\"day\":\"2026-11-25\"},"
            + "\"attempt\":0,\"variables\":{}}");

    private static final double WARM_UP_SECONDS = 4;

    private final double seconds;
    private final int rounds;

    private StoreApplyBench(double seconds, int rounds) {
        this.seconds = seconds;
        this.rounds = rounds;
    }

    public static void main(String[] args) throws Exception {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 3;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        StoreApplyBench bench = new StoreApplyBench(seconds, rounds);
        // As a production server runs: commits wait for the WAL to reach the disk.
        EmbeddedPostgresServer.configure("fsync", "on");
        Path h2Directory = Files.createTempDirectory("stepline-bench");
        System.out.printf("store apply bench: %s s per measurement, median of %d rounds, one thread%n", seconds, rounds);
        System.out.printf("%-38s %12s %12s %8s%n", "database", "raw/s", "apply/s", "ratio");
        bench.measure("H2 file (WRITE_DELAY=0)", StoreSettings.embedded(h2Directory.resolve("bench")));
        bench.measure("PostgreSQL fsync, synchronous_commit=on",
                withSessionOption(EmbeddedPostgresServer.freshDatabase("bench"), "synchronous_commit=on"));
        bench.measure("PostgreSQL fsync, synchronous_commit=off",
                withSessionOption(EmbeddedPostgresServer.freshDatabase("bench"), "synchronous_commit=off"));
        try (Connection postgres = EmbeddedPostgresServer.server().getPostgresDatabase().getConnection()) {
            System.out.printf("(embedded PostgreSQL %s: fsync=%s, wal_sync_method=%s)%n", setting(postgres, "server_version"),
                    setting(postgres, "fsync"), setting(postgres, "wal_sync_method"));
        }
        System.exit(0); // stops the embedded PostgreSQL through its shutdown hook
    }

    private void measure(String label, StoreSettings settings) throws SQLException {
        try (JdbcExecutionStore store = JdbcExecutionStore.open(settings);
                Connection raw = DriverManager.getConnection(settings.url(), settings.user(), settings.password())) {
            try (Statement statement = raw.createStatement()) {
                statement.execute(RAW_TABLE);
            }
            LongSupplier rawInsert = rawInsert(raw);
            LongSupplier apply = applier(store);
            List<Double> rawRates = new ArrayList<>();
            List<Double> applyRates = new ArrayList<>();
            // warm-up: JIT, statement caches, pool; H2's commit cost settles after a few seconds
            rate(rawInsert, WARM_UP_SECONDS);
            rate(apply, WARM_UP_SECONDS);
            for (int round = 0; round < rounds; round++) {
                rawRates.add(rate(rawInsert, seconds));
                applyRates.add(rate(apply, seconds));
            }
            double rawRate = median(rawRates);
            double applyRate = median(applyRates);
            System.out.printf("%-38s %12.0f %12.0f %8.2f%n", label, rawRate, applyRate, applyRate / rawRate);
        }
    }

    /** Calls {@code operation} for {@code seconds} and returns calls per second. */
    private static double rate(LongSupplier operation, double seconds) {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        long start = System.nanoTime();
        long calls = 0;
        while (System.nanoTime() < deadline) {
            operation.getAsLong();
            calls++;
        }
        return calls / ((System.nanoTime() - start) / 1e9);
    }

    private static LongSupplier rawInsert(Connection raw) throws SQLException {
        PreparedStatement insert = raw.prepareStatement(RAW_INSERT);
        long[] id = {0};
        return () -> {
            try {
                insert.setLong(1, ++id[0]);
                insert.setString(2, "row " + id[0]);
                return insert.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    /** One execution, then transitions of two events and one path upsert, as the runtime writes them. */
    private static LongSupplier applier(ExecutionStore store) {
        String name = "bench-" + System.nanoTime();
        String arn = "arn:aws:states:us-east-1:123456789012:execution:bench:" + name;
        PathRecord root = new PathRecord("root", null, PathRecord.PathStatus.RUNNABLE, CHECKPOINT, null);
        store.start(new NewExecution(arn, "bench", 1, name, "STANDARD", parse("{}"), Instant.now(),
                List.of(new StoredEvent(1, 0, System.currentTimeMillis(), "ExecutionStarted", DETAILS, "root")), root));
        long[] lastId = {1};
        return () -> {
            long entered = lastId[0] + 1;
            long exited = lastId[0] + 2;
            long now = System.currentTimeMillis();
            store.apply(arn, Transition.of(List.of(
                    new StoredEvent(entered, lastId[0], now, "TaskStateEntered", DETAILS, "root"),
                    new StoredEvent(exited, entered, now, "TaskStateExited", DETAILS, "root")), List.of(root)));
            lastId[0] = exited;
            return exited;
        };
    }

    private static StoreSettings withSessionOption(StoreSettings settings, String option) {
        String separator = settings.url().contains("?") ? "&" : "?";
        String url = settings.url() + separator + "options=-c%20" + option.replace("=", "%3D");
        return new StoreSettings(url, settings.user(), settings.password(), settings.poolSize(),
                settings.payloadThresholdBytes(), settings.connectTimeout());
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static JsonNode parse(String json) {
        try {
            return Json.parse(json);
        } catch (Exception e) {
            throw new IllegalArgumentException(json, e);
        }
    }

    private static String setting(Connection connection, String name) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery("SHOW " + name)) {
            return row.next() ? row.getString(1) : "?";
        }
    }
}
