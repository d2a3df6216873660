package io.stepline.bench;

import io.stepline.store.jdbc.StoreSettings;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The database's own commit latency while something else runs: a thread that inserts and
 * commits one small row (as {@link DurableRawCommits} does) every {@code periodMillis}, keeping
 * when each ended and how long it took. On a shared machine the disk's flush time drifts over
 * seconds; the probe tells such drift from a cost that grows with the work being measured.
 */
final class DurableCommitProbe implements AutoCloseable {
    private final Connection connection;
    private final Thread thread;
    private final List<long[]> samples = new ArrayList<>();
    private volatile boolean running = true;

    DurableCommitProbe(StoreSettings settings, long periodMillis) throws SQLException {
        connection = DurableDatabase.connect(settings);
        try (Statement statement = connection.createStatement()) {
            statement.execute(DurableDatabase.RAW_TABLE.replace("bench_raw", "bench_probe"));
        }
        PreparedStatement insert = connection.prepareStatement(
                DurableDatabase.RAW_INSERT.replace("bench_raw", "bench_probe"));
        thread = new Thread(() -> {
            long id = 0;
            try {
                while (running) {
                    long started = System.nanoTime();
                    insert.setLong(1, ++id);
                    insert.setString(2, "row " + id);
                    insert.executeUpdate();
                    long ended = System.nanoTime();
                    synchronized (samples) {
                        samples.add(new long[] {ended, ended - started});
                    }
                    Thread.sleep(periodMillis);
                }
            } catch (InterruptedException | SQLException e) {
                // stopped, or the database went away at the end of the run: the samples so far stand
            }
        }, "commit-probe");
        thread.setDaemon(true);
        thread.start();
    }

    /** The median commit latency (microseconds) of the samples that ended within {@code [from, to)} (nanoTime). */
    double medianMicros(long from, long to) {
        List<Long> inside = new ArrayList<>();
        synchronized (samples) {
            for (long[] sample : samples) {
                if (sample[0] >= from && sample[0] < to) {
                    inside.add(sample[1]);
                }
            }
        }
        return inside.isEmpty() ? Double.NaN
                : DurableBench.median(inside.stream().mapToDouble(nanos -> nanos / 1000.0).toArray());
    }

    @Override
    public void close() throws Exception {
        running = false;
        thread.join(5_000);
        connection.close();
    }
}
