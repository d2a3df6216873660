package io.stepline.store.jdbc;

import io.stepline.store.PathRecord;
import io.stepline.store.StoredEvent;
import io.stepline.store.Transition;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * PostgreSQL: a plain transition (events appended and paths upserted, nothing else, every value
 * inline) as one statement sent in autocommit mode, so its commit rides the same round trip:
 * one round trip and one WAL flush per transition, as a single-row insert in autocommit has,
 * where a transaction of one batch per kind of row takes a round trip per batch and one more
 * for COMMIT. The events go in through a data-modifying CTE, which PostgreSQL runs to
 * completion along with the paths' upsert. One statement is one transaction: when any row
 * breaks a constraint, nothing of the transition is written, and when the statement returns
 * the whole transition is committed.
 */
final class PostgresOneStatement {
    /** Larger transitions (a Map starting many iterations at once) take the transaction. */
    static final int MAX_ROWS = 32;

    private static final String EVENTS = "INSERT INTO events (execution_id, event_id, previous_event_id, event_time,"
            + " event_type, path_id, details) VALUES ";
    private static final String EVENT_ROW = "(?, ?, ?, ?, ?, ?, ?)";
    private static final String PATHS = "INSERT INTO paths (execution_id, path_id, parent_path_id, status, checkpoint,"
            + " wake_at) VALUES ";
    private static final String PATH_ROW = "(?, ?, ?, ?, ?, ?)";
    private static final String PATH_CONFLICT = " ON CONFLICT (execution_id, path_id) DO UPDATE SET"
            + " parent_path_id = EXCLUDED.parent_path_id, status = EXCLUDED.status, checkpoint = EXCLUDED.checkpoint,"
            + " wake_at = EXCLUDED.wake_at";

    private final Payloads payloads;
    /** The statement text by shape (events, paths): a few shapes, each prepared once per connection by the driver. */
    private final Map<Integer, String> statements = new ConcurrentHashMap<>();

    PostgresOneStatement(Payloads payloads) {
        this.payloads = payloads;
    }

    /** The transition as one statement, or null when it needs a transaction. */
    Rows rows(Transition transition) {
        if (!isEmpty(transition.pathsToDelete()) || !isEmpty(transition.tokensToWrite()) || transition.end() != null
                || transition.redrivenAt() != null) {
            return null;
        }
        List<StoredEvent> events = transition.events() == null ? List.of() : transition.events();
        List<PathRecord> paths = transition.pathsToWrite() == null ? List.of() : transition.pathsToWrite();
        if (events.size() + paths.size() == 0 || events.size() > MAX_ROWS || paths.size() > MAX_ROWS
                || !distinctPaths(paths)) {
            return null; // one statement may not upsert a row twice
        }
        String[] details = new String[events.size()];
        for (int i = 0; i < details.length; i++) {
            details[i] = payloads.inlineDetailsOnly(events.get(i).details());
            if (details[i] == Payloads.OUT_OF_LINE) {
                return null;
            }
        }
        String[] checkpoints = new String[paths.size()];
        for (int i = 0; i < checkpoints.length; i++) {
            checkpoints[i] = payloads.inlineOnly(paths.get(i).checkpoint());
            if (checkpoints[i] == Payloads.OUT_OF_LINE) {
                return null;
            }
        }
        return new Rows(events, details, paths, checkpoints);
    }

    private static boolean isEmpty(List<?> list) {
        return list == null || list.isEmpty();
    }

    private static boolean distinctPaths(List<PathRecord> paths) {
        if (paths.size() < 2) {
            return true;
        }
        Set<String> ids = new HashSet<>();
        for (PathRecord path : paths) {
            if (!ids.add(path.pathId())) {
                return false;
            }
        }
        return true;
    }

    private String sql(int events, int paths) {
        return statements.computeIfAbsent(events * (MAX_ROWS + 1) + paths, shape -> {
            String insertEvents = EVENTS + rows(EVENT_ROW, events);
            String upsertPaths = PATHS + rows(PATH_ROW, paths) + PATH_CONFLICT;
            if (paths == 0) {
                return insertEvents;
            }
            return events == 0 ? upsertPaths : "WITH new_events AS (" + insertEvents + ") " + upsertPaths;
        });
    }

    private static String rows(String row, int count) {
        return String.join(", ", java.util.Collections.nCopies(count, row));
    }

    /** A transition's rows, with their JSON texts. */
    final class Rows {
        private final List<StoredEvent> events;
        private final String[] details;
        private final List<PathRecord> paths;
        private final String[] checkpoints;

        private Rows(List<StoredEvent> events, String[] details, List<PathRecord> paths, String[] checkpoints) {
            this.events = events;
            this.details = details;
            this.paths = paths;
            this.checkpoints = checkpoints;
        }

        /** Sends the statement; the connection must be in autocommit mode. */
        void send(Connection connection, long executionId) throws SQLException {
            try (PreparedStatement statement = connection.prepareStatement(sql(events.size(), paths.size()))) {
                int index = 1;
                for (int i = 0; i < details.length; i++) {
                    StoredEvent event = events.get(i);
                    statement.setLong(index++, executionId);
                    statement.setLong(index++, event.id());
                    statement.setLong(index++, event.previousEventId());
                    statement.setLong(index++, event.timestamp());
                    statement.setString(index++, event.type());
                    statement.setString(index++, event.pathId());
                    statement.setString(index++, details[i]);
                }
                for (int i = 0; i < checkpoints.length; i++) {
                    PathRecord path = paths.get(i);
                    statement.setLong(index++, executionId);
                    statement.setString(index++, path.pathId());
                    statement.setString(index++, path.parentPathId());
                    statement.setString(index++, Columns.name(path.status()));
                    statement.setString(index++, checkpoints[i]);
                    Columns.setLong(statement, index++, path.wakeAt());
                }
                statement.executeUpdate();
            }
        }
    }
}
