package io.stepline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepline.engine.DurableExecutions;
import io.stepline.engine.Stepline;
import io.stepline.json.Json;
import io.stepline.store.jdbc.JdbcExecutionStore;
import io.stepline.store.jdbc.StoreSettings;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What waiting executions cost a worker: {@code COUNT} durable executions started in one JVM,
 * each parked in a one-hour Wait, then the heap used after a full GC, the live threads and the
 * process's peak RSS, against the same figures before they started (after a warm-up of short
 * waits that ran to their end, so loaded classes and pool threads are in both). Also how long
 * the starts took, what the heap grew by class (a class histogram's difference) and what H2's
 * page cache holds. Prints one JSON line.
 * With {@code SETTLE_SECONDS} above 0 it then waits that long, commits once and takes the figures
 * again ("settled"): H2 keeps every commit's chunk for 45 s, and the heap right after thousands of
 * starts holds those chunks' metadata too.
 * Arguments: {@code h2|postgres WAIT_DEFINITION SHORT_WAIT_DEFINITION INPUT COUNT THREADS SETTLE_SECONDS
 * SCRATCH_DIR}.
 */
public final class DurableWaiting {
    private static final int WARMUP_EXECUTIONS = 200;

    private DurableWaiting() {
    }

    public static void main(String[] args) throws Exception {
        DurableDatabase database = DurableDatabase.of(args[0]);
        String definition = Files.readString(Path.of(args[1]));
        String shortWait = Files.readString(Path.of(args[2]));
        JsonNode input = Json.parse(Files.readString(Path.of(args[3])));
        int count = Integer.parseInt(args[4]);
        int threads = Integer.parseInt(args[5]);
        int settle = Integer.parseInt(args[6]);
        StoreSettings settings = database.fresh(Path.of(args[7]));
        ObjectNode line = Json.NODES.objectNode();
        line.put("database", database.label());
        line.put("describe", database.describe(settings));
        line.put("executions", count);
        try (JdbcExecutionStore store = JdbcExecutionStore.open(settings);
                Stepline engine = Stepline.start(Json.NODES.objectNode());
                Connection sql = DurableDatabase.connect(settings)) {
            DurableExecutions durable = engine.durable(store);
            start(durable, "short", shortWait, "warm-", WARMUP_EXECUTIONS, threads, input);
            awaitEnd(sql, "short");
            line.set("warmup_statuses", statuses(sql, "short"));
            line.set("before", snapshot(sql, database));
            String histogramBefore = DurableHeap.classHistogram();
            long began = System.nanoTime();
            long live = start(durable, "hour", definition, "wait-", count, threads, input);
            line.put("start_s", (System.nanoTime() - began) / 1e9);
            line.put("live", live);
            line.put("waiting_paths", count(sql, "SELECT COUNT(*) FROM paths WHERE status = 'WAITING'"));
            line.set("statuses", statuses(sql, "hour"));
            line.put("a_failure", failure(sql, "hour"));
            line.set("after", snapshot(sql, database));
            if (settle > 0) {
                // H2 keeps each commit's chunk (and its metadata, in the heap) for its retention time
                // (45 s by default); a commit after that drops the unused ones.
                Thread.sleep(settle * 1000L);
                try (Statement statement = sql.createStatement()) {
                    statement.execute("CREATE TABLE bench_settle (id INT)");
                    statement.execute("INSERT INTO bench_settle VALUES (1)");
                }
                line.set("settled", snapshot(sql, database));
            }
            line.set("heap_growth_by_class", DurableHeap.growth(histogramBefore, DurableHeap.classHistogram(), 12));
        }
        System.out.println(Json.write(line));
        System.exit(0);
    }

    /**
     * Starts {@code count} executions named PREFIX0.. from {@code threads} threads (each start
     * returns once its execution has parked) and returns how many the engine holds as live
     * afterwards. Keeps nothing of them: the heap after holds only what the engine keeps.
     */
    private static long start(DurableExecutions durable, String machine, String definition, String prefix,
            int count, int threads, JsonNode input) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger next = new AtomicInteger();
        String[] arnPrefix = new String[1];
        try {
            List<Future<?>> starters = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                starters.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        String arn = durable.start(machine, definition, prefix + i, input).record().executionArn();
                        arnPrefix[0] = arn.substring(0, arn.length() - Integer.toString(i).length());
                    }
                    return null;
                }));
            }
            for (Future<?> starter : starters) {
                starter.get();
            }
        } finally {
            pool.shutdown();
            pool.awaitTermination(10, TimeUnit.SECONDS); // its threads must not count as the engine's
        }
        long live = 0;
        for (int i = 0; i < count; i++) {
            live += durable.live(arnPrefix[0] + i).isPresent() ? 1 : 0;
        }
        return live;
    }

    /** Waits until no execution of {@code machine} is RUNNING any more. */
    private static void awaitEnd(Connection sql, String machine) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (count(sql, "SELECT COUNT(*) FROM executions WHERE status = 'RUNNING' AND machine_name = '"
                + machine + "'") > 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the warm-up executions did not end within 60 s");
            }
            Thread.sleep(100);
        }
    }

    /** Executions of {@code machine} by status: {"RUNNING": n, "FAILED": n, ...}. */
    private static ObjectNode statuses(Connection sql, String machine) throws Exception {
        ObjectNode node = Json.NODES.objectNode();
        try (Statement statement = sql.createStatement(); ResultSet rows = statement.executeQuery(
                "SELECT status, COUNT(*) FROM executions WHERE machine_name = '" + machine + "' GROUP BY status")) {
            while (rows.next()) {
                node.put(rows.getString(1), rows.getLong(2));
            }
        }
        return node;
    }

    /** Heap used after a full GC, live threads, RSS now and at its peak, H2's page cache. */
    private static ObjectNode snapshot(Connection sql, DurableDatabase database) throws Exception {
        ObjectNode node = Json.NODES.objectNode();
        node.put("heap_used_bytes", DurableHeap.usedAfterFullGc());
        node.put("threads", ManagementFactory.getThreadMXBean().getThreadCount());
        node.put("rss_kb", Harness.ProcStatus.kilobytes("VmRSS"));
        node.put("peak_rss_kb", Harness.ProcStatus.kilobytes("VmHWM"));
        if (database == DurableDatabase.H2) {
            node.put("h2_cache_mb", count(sql,
                    "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'info.CACHE_SIZE'"));
        }
        return node;
    }

    /** The error and cause of one failed execution of {@code machine}, or "" when none failed. */
    private static String failure(Connection sql, String machine) throws Exception {
        try (Statement statement = sql.createStatement(); ResultSet row = statement.executeQuery(
                "SELECT error, cause FROM executions WHERE status = 'FAILED' AND machine_name = '" + machine
                        + "' ORDER BY start_time LIMIT 1")) {
            return row.next() ? row.getString(1) + ": " + row.getString(2) : "";
        }
    }

    private static long count(Connection sql, String query) throws Exception {
        try (Statement statement = sql.createStatement(); ResultSet row = statement.executeQuery(query)) {
            return row.next() ? row.getLong(1) : -1;
        }
    }
}
