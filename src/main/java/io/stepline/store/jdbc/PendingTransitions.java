package io.stepline.store.jdbc;

import io.stepline.store.PathRecord;
import io.stepline.store.StoredEvent;
import io.stepline.store.Transition;
import io.stepline.store.jdbc.TransitionWriter.EventRow;
import io.stepline.store.jdbc.TransitionWriter.PathKey;
import io.stepline.store.jdbc.TransitionWriter.PathRow;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * H2 only: plain transitions (events appended, paths written or removed: almost every one) are
 * committed as one row of {@code pending_transitions} and applied to {@code events} and
 * {@code paths} in batches soon after.
 *
 * <p>Why: on H2's MVStore every commit writes a new chunk holding every B-tree page the
 * transaction changed. A transition written in place changes four trees (events and paths, each
 * rows and primary key) and its commit cost about twice a raw single-row insert-and-commit; one
 * row keyed by its BIGINT sequence changes one tree and costs about the same as the raw commit
 * (docs/store-throughput.md has the figures). The row is committed, and written to the file,
 * before {@code apply} returns, exactly as before: a killed process loses nothing.
 *
 * <p>Readers never see a difference: before the store reads an execution's events or paths it
 * applies that execution's pending rows ({@link #applyFor}); a transition that writes anything
 * else (task tokens, the execution's end, a redrive, a value stored out of line) applies them
 * first in its own transaction; a background thread applies the rest every
 * {@value #INTERVAL_MILLIS} ms, in sequence order, many per commit.
 *
 * <p>Duplicate event ids (a bug, or two engines writing one execution) are refused when the
 * transition is appended, as the primary key would have refused them: against the events
 * already applied and the rows this process has pending. A duplicate that only another process
 * could see is found when the rows are applied: that row is dropped and logged, the first write
 * kept.
 */
final class PendingTransitions implements AutoCloseable {
    static final long INTERVAL_MILLIS = 20;
    private static final Logger LOG = LoggerFactory.getLogger(PendingTransitions.class);
    private static final int BATCH = 2_000;
    private static final String APPEND = "INSERT INTO pending_transitions (execution_id, body) VALUES (?, ?)";
    private static final String OF_EXECUTION = "SELECT seq, execution_id, body FROM pending_transitions"
            + " WHERE execution_id = ? ORDER BY seq";
    private static final String OLDEST = "SELECT seq, execution_id, body FROM pending_transitions ORDER BY seq LIMIT "
            + BATCH;
    private static final String DELETE = "DELETE FROM pending_transitions WHERE seq = ?";
    private static final String TAKE_TURN = "SELECT id FROM pending_transitions_applier WHERE id = 1 FOR UPDATE";
    private static final String EVENT_EXISTS = "SELECT 1 FROM events WHERE execution_id = ? AND event_id = ?";

    private final StoreDatabase database;
    private final Payloads payloads;
    private final TransitionWriter writer;
    private final ExecutionIds ids;
    /** One applier at a time in this process: the background thread, a reader, a direct writer. */
    private final ReentrantLock applying = new ReentrantLock();
    /** Event ids of rows this process appended and has not applied yet, per execution id. */
    private final Map<Long, Set<Long>> pendingEventIds = new ConcurrentHashMap<>();
    private final ScheduledExecutorService background;

    PendingTransitions(StoreDatabase database, Payloads payloads, TransitionWriter writer, ExecutionIds ids) {
        this.database = database;
        this.payloads = payloads;
        this.writer = writer;
        this.ids = ids;
        this.background = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "stepline-store-pending");
            thread.setDaemon(true);
            return thread;
        });
        // Also after a restart: rows a killed process committed but never applied.
        background.scheduleWithFixedDelay(this::applyInBackground, 0, INTERVAL_MILLIS, TimeUnit.MILLISECONDS);
    }

    /**
     * Commits {@code transition} as one pending row and returns true, or returns false (writing
     * nothing) when it is not plain: it writes tokens, ends or redrives the execution, or holds a
     * value that goes out of line, and must be written in place ({@link #applyFor} first).
     *
     * @throws IllegalStateException when the execution does not exist or an event id is taken
     */
    boolean append(String executionArn, Transition transition) {
        if (!isPlain(transition)) {
            return false;
        }
        List<String> details = new ArrayList<>(transition.events().size());
        for (StoredEvent event : transition.events()) {
            String text = payloads.inlineDetailsOnly(event.details());
            if (text == Payloads.OUT_OF_LINE) {
                return false;
            }
            details.add(text);
        }
        List<String> checkpoints = new ArrayList<>(transition.pathsToWrite().size());
        for (PathRecord path : transition.pathsToWrite()) {
            String text = payloads.inlineOnly(path.checkpoint());
            if (text == Payloads.OUT_OF_LINE) {
                return false;
            }
            checkpoints.add(text);
        }
        database.autocommit("apply a transition to execution", executionArn, connection -> {
            long executionId = ids.of(connection, executionArn, "apply a transition to");
            List<EventRow> events = new ArrayList<>(details.size());
            for (int i = 0; i < details.size(); i++) {
                events.add(TransitionWriter.eventRow(executionId, transition.events().get(i), details.get(i)));
            }
            List<PathRow> paths = new ArrayList<>(checkpoints.size());
            for (int i = 0; i < checkpoints.size(); i++) {
                paths.add(TransitionWriter.pathRow(executionId, transition.pathsToWrite().get(i), checkpoints.get(i)));
            }
            Set<Long> pending = pendingEventIds.computeIfAbsent(executionId, id -> ConcurrentHashMap.newKeySet());
            refuseTakenIds(connection, executionArn, executionId, events, pending);
            try (PreparedStatement insert = connection.prepareStatement(APPEND)) {
                insert.setLong(1, executionId);
                insert.setBytes(2, PendingTransitionCodec.encode(events, paths, transition.pathsToDelete()));
                insert.executeUpdate();
            }
            events.forEach(event -> pending.add(event.id()));
            return null;
        });
        return true;
    }

    /** Applies the pending rows of {@code executionArn} (in their own transaction) so a read sees them. */
    void applyFor(String executionArn) {
        applying.lock();
        try {
            database.transaction("apply pending transitions of execution", executionArn, connection -> {
                takeTurn(connection);
                Long executionId = ids.find(connection, executionArn);
                if (executionId != null) {
                    apply(connection, select(connection, OF_EXECUTION, executionId));
                }
                return null;
            });
        } finally {
            applying.unlock();
        }
    }

    /**
     * Runs {@code work} as one transaction after applying, in it, the pending rows of {@code
     * executionArn}: a transition written in place lands after every one committed before it.
     */
    <T> T inPlaceAfterPending(String executionArn, StoreDatabase.SqlWork<T> work) {
        applying.lock();
        try {
            return database.transaction("apply a transition to execution", executionArn, connection -> {
                takeTurn(connection);
                Long executionId = ids.find(connection, executionArn);
                if (executionId != null) {
                    apply(connection, select(connection, OF_EXECUTION, executionId));
                }
                return work.run(connection);
            });
        } finally {
            applying.unlock();
        }
    }

    /** Applies everything pending, oldest first; returns how many rows. */
    int applyAll() {
        int total = 0;
        while (true) {
            applying.lock();
            int applied;
            try {
                applied = database.transaction("apply pending transitions", "of the store", connection -> {
                    takeTurn(connection);
                    return apply(connection, select(connection, OLDEST, null));
                });
            } finally {
                applying.unlock();
            }
            total += applied;
            if (applied < BATCH) {
                return total;
            }
        }
    }

    private void applyInBackground() {
        try {
            applyAll();
        } catch (RuntimeException e) {
            // The rows stay; the next round, or the next reader, applies them.
            LOG.warn("applying pending transitions failed; they stay pending and are retried: {}", e.getMessage());
        }
    }

    /**
     * Waits for appliers of other processes (and other stores on this file) to commit: then the
     * rows this transaction reads next are the ones still pending, and its path writes come last.
     */
    private static void takeTurn(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(TAKE_TURN); ResultSet row = lock.executeQuery()) {
            if (!row.next()) {
                throw new IllegalStateException("the store's pending_transitions_applier row is missing");
            }
        }
    }

    private record Pending(long seq, long executionId, byte[] body) {
    }

    private static List<Pending> select(Connection connection, String sql, Long executionId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            if (executionId != null) {
                select.setLong(1, executionId);
            }
            try (ResultSet rows = select.executeQuery()) {
                List<Pending> pending = new ArrayList<>();
                while (rows.next()) {
                    pending.add(new Pending(rows.getLong(1), rows.getLong(2), rows.getBytes(3)));
                }
                return pending;
            }
        }
    }

    /**
     * Applies {@code rows} (in sequence order) on {@code connection}'s transaction. Each row is
     * claimed by deleting it first: a row another applier (another store on this file, another
     * process) has taken is skipped, so nothing is applied twice. Then all events go in one batch,
     * then each path's last write or removal.
     */
    private int apply(Connection connection, List<Pending> rows) throws SQLException {
        List<Pending> claimed = claim(connection, rows);
        if (claimed.isEmpty()) {
            return rows.size();
        }
        List<EventRow> events = new ArrayList<>();
        Map<PathKey, PathRow> lastWrites = new LinkedHashMap<>();
        Map<PathKey, Boolean> removed = new LinkedHashMap<>();
        for (Pending row : claimed) {
            PendingTransitionCodec.Body body = PendingTransitionCodec.decode(row.executionId(), row.body());
            events.addAll(body.events());
            for (PathRow path : body.paths()) {
                lastWrites.put(path.key(), path);
                removed.remove(path.key());
            }
            for (PathKey key : body.deletedKeys(row.executionId())) {
                lastWrites.remove(key);
                removed.put(key, Boolean.TRUE);
            }
        }
        try {
            writer.insertEventRows(connection, events);
        } catch (SQLException e) {
            if (!SqlErrors.isUniqueViolation(e)) {
                throw e;
            }
            connection.rollback();
            takeTurn(connection);
            applyOneByOne(connection, claimed);
            return rows.size();
        }
        TransitionWriter.deletePathRows(connection, removed.keySet());
        writer.upsertPathRows(connection, lastWrites.values());
        forget(events);
        return rows.size();
    }

    /** The rows this transaction deleted, so applies: a row already gone was applied by someone else. */
    private static List<Pending> claim(Connection connection, List<Pending> rows) throws SQLException {
        if (rows.isEmpty()) {
            return rows;
        }
        try (PreparedStatement delete = connection.prepareStatement(DELETE)) {
            for (Pending row : rows) {
                delete.setLong(1, row.seq());
                delete.addBatch();
            }
            int[] deleted = delete.executeBatch();
            List<Pending> claimed = new ArrayList<>(rows.size());
            for (int i = 0; i < rows.size(); i++) {
                if (deleted[i] != 0) {
                    claimed.add(rows.get(i));
                }
            }
            return claimed;
        }
    }

    /**
     * After a duplicate event id that only another process could have seen: each row on its own,
     * in order; a row whose events are taken is dropped (logged), the first write kept.
     */
    private void applyOneByOne(Connection connection, List<Pending> rows) throws SQLException {
        for (Pending row : rows) {
            if (claim(connection, List.of(row)).isEmpty()) {
                continue;
            }
            PendingTransitionCodec.Body body = PendingTransitionCodec.decode(row.executionId(), row.body());
            try {
                writer.insertEventRows(connection, body.events());
                TransitionWriter.deletePathRows(connection, body.deletedKeys(row.executionId()));
                writer.upsertPathRows(connection, body.paths());
            } catch (SQLException e) {
                if (!SqlErrors.isUniqueViolation(e)) {
                    throw e;
                }
                connection.rollback();
                takeTurn(connection);
                claim(connection, List.of(row));
                LOG.error("a pending transition of execution id {} repeats event ids already stored (two engines"
                        + " wrote this execution); it is dropped and the first write kept", row.executionId());
            }
            connection.commit();
            takeTurn(connection); // a commit ends the turn: take it again for what follows
            forget(body.events());
        }
    }

    private void forget(List<EventRow> events) {
        for (EventRow event : events) {
            Set<Long> pending = pendingEventIds.get(event.executionId());
            if (pending != null) {
                pending.remove(event.id());
                if (pending.isEmpty()) {
                    pendingEventIds.remove(event.executionId(), pending);
                }
            }
        }
    }

    private static void refuseTakenIds(Connection connection, String executionArn, long executionId,
            List<EventRow> events, Set<Long> pending) throws SQLException {
        if (events.isEmpty()) {
            return;
        }
        try (PreparedStatement exists = connection.prepareStatement(EVENT_EXISTS)) {
            for (EventRow event : events) {
                boolean taken = pending.contains(event.id());
                if (!taken) {
                    exists.setLong(1, executionId);
                    exists.setLong(2, event.id());
                    try (ResultSet row = exists.executeQuery()) {
                        taken = row.next();
                    }
                }
                if (taken) {
                    throw new IllegalStateException("cannot apply a transition to execution " + executionArn
                            + ": its event " + event.id() + " is already stored");
                }
            }
        }
    }

    private static boolean isPlain(Transition transition) {
        return transition.end() == null && transition.redrivenAt() == null
                && (transition.tokensToWrite() == null || transition.tokensToWrite().isEmpty())
                && transition.events() != null && transition.pathsToWrite() != null
                && transition.pathsToDelete() != null;
    }

    /** Stops the background thread and applies what is left (best effort: a row left is applied at the next open). */
    @Override
    public void close() {
        background.shutdownNow();
        try {
            background.awaitTermination(5, TimeUnit.SECONDS);
            applyAll();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.warn("pending transitions were not all applied at close; the next open applies them: {}", e.getMessage());
        }
    }
}
