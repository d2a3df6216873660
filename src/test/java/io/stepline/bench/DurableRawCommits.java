package io.stepline.bench;

import io.stepline.store.jdbc.StoreSettings;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The database's own floor for a durable write: one small row inserted and committed per call
 * (plain JDBC, autocommit) into a scratch table of the store's database, on one connection per
 * thread. What a store that wrote one row per transition, and nothing else, could reach.
 */
final class DurableRawCommits implements AutoCloseable {
    private final List<Connection> connections = new ArrayList<>();
    private final AtomicLong ids = new AtomicLong();

    DurableRawCommits(StoreSettings settings, int maxThreads) throws SQLException {
        for (int i = 0; i < maxThreads; i++) {
            connections.add(DurableDatabase.connect(settings));
        }
        try (Statement statement = connections.get(0).createStatement()) {
            statement.execute(DurableDatabase.RAW_TABLE);
        }
    }

    /** Commits per second over {@code seconds}, on {@code threads} connections at once. */
    double rate(int threads, double seconds) throws Exception {
        CyclicBarrier start = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<long[]>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Connection connection = connections.get(t);
                workers.add(pool.submit(() -> insertFor(connection, start, seconds)));
            }
            long calls = 0;
            long first = Long.MAX_VALUE;
            long last = 0;
            for (Future<long[]> worker : workers) {
                long[] counted = worker.get(); // {calls, started, ended}
                calls += counted[0];
                first = Math.min(first, counted[1]);
                last = Math.max(last, counted[2]);
            }
            return calls / ((last - first) / 1e9);
        } finally {
            pool.shutdown();
        }
    }

    private long[] insertFor(Connection connection, CyclicBarrier start, double seconds) throws Exception {
        try (PreparedStatement insert = connection.prepareStatement(DurableDatabase.RAW_INSERT)) {
            start.await();
            long started = System.nanoTime();
            long deadline = started + (long) (seconds * 1e9);
            long calls = 0;
            long now = started;
            while (now < deadline) {
                long id = ids.incrementAndGet();
                insert.setLong(1, id);
                insert.setString(2, "row " + id);
                insert.executeUpdate();
                calls++;
                now = System.nanoTime();
            }
            return new long[] {calls, started, now};
        }
    }

    @Override
    public void close() throws SQLException {
        for (Connection connection : connections) {
            connection.close();
        }
    }
}
