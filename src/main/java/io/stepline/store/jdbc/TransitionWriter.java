package io.stepline.store.jdbc;

import io.stepline.store.ExecutionStatus;
import io.stepline.store.PathRecord;
import io.stepline.store.StoredEvent;
import io.stepline.store.TaskTokenRecord;
import io.stepline.store.Transition;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * Writes the parts of a transition inside the caller's transaction: one batch per kind of row
 * (events, path upserts, path deletes, token upserts), then the execution's own row when it
 * ends or is redriven. A transition of two events and one path is two statements on the wire.
 */
final class TransitionWriter {
    private static final String INSERT_EVENT = "INSERT INTO events (execution_id, event_id, previous_event_id,"
            + " event_time, event_type, path_id, details) VALUES (?, ?, ?, ?, ?, ?, ?)";
    private static final String DELETE_PATH = "DELETE FROM paths WHERE execution_id = ? AND path_id = ?";
    private static final String END_EXECUTION = "UPDATE executions SET status = ?, output_json = ?, error = ?,"
            + " cause = ?, stop_time = ? WHERE execution_id = ?";
    /** Only an execution that is not running can be redriven: two redrives racing, one wins. */
    private static final String REDRIVE_EXECUTION = "UPDATE executions SET status = 'RUNNING',"
            + " redrive_count = redrive_count + 1, redrive_time = ?, stop_time = NULL, error = NULL, cause = NULL"
            + " WHERE execution_id = ? AND status <> 'RUNNING'";
    /** An ended execution's tokens take no more answers (TaskTimedOut), whoever ended it. */
    private static final String CLOSE_TOKENS = "UPDATE task_tokens SET status = 'CLOSED'"
            + " WHERE execution_id = ? AND status = 'WAITING'";
    private static final String STATUS = "SELECT status FROM executions WHERE execution_arn = ?";

    private final Dialect dialect;
    private final Payloads payloads;
    private final ExecutionIds ids;
    /** PostgreSQL only (H2 has no data-modifying CTE, and no round trips to save). */
    private final PostgresOneStatement oneStatement;

    TransitionWriter(Dialect dialect, Payloads payloads, ExecutionIds ids) {
        this.dialect = dialect;
        this.payloads = payloads;
        this.ids = ids;
        this.oneStatement = dialect == Dialect.POSTGRESQL ? new PostgresOneStatement(payloads) : null;
    }

    /**
     * The transition as one autocommit statement ({@link #writeOneStatement}), or null when it
     * needs a transaction ({@link #write}).
     */
    PostgresOneStatement.Rows asOneStatement(Transition transition) {
        return oneStatement == null ? null : oneStatement.rows(transition);
    }

    /** Sends {@code rows} on {@code connection}, which must be in autocommit mode. */
    void writeOneStatement(Connection connection, String executionArn, PostgresOneStatement.Rows rows)
            throws SQLException {
        rows.send(connection, ids.of(connection, executionArn, "apply a transition to"));
    }

    void write(Connection connection, String executionArn, Transition transition) throws SQLException {
        long executionId = ids.of(connection, executionArn, "apply a transition to");
        insertEvents(connection, executionId, transition.events());
        upsertPaths(connection, executionId, transition.pathsToWrite());
        deletePaths(connection, executionId, transition.pathsToDelete());
        upsertTokens(connection, executionArn, executionId, transition.tokensToWrite());
        if (transition.redrivenAt() != null) {
            redrive(connection, executionArn, executionId, transition.redrivenAt());
        }
        if (transition.end() != null) {
            end(connection, executionArn, executionId, transition.end());
            ExecutionStatus status = transition.end().status();
            if (status != ExecutionStatus.RUNNING && status != ExecutionStatus.PENDING_REDRIVE) {
                closeTokens(connection, executionId);
            }
        }
    }

    private static void closeTokens(Connection connection, long executionId) throws SQLException {
        try (PreparedStatement close = connection.prepareStatement(CLOSE_TOKENS)) {
            close.setLong(1, executionId);
            close.executeUpdate();
        }
    }

    void insertEvents(Connection connection, long executionId, List<StoredEvent> events) throws SQLException {
        if (events == null || events.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT_EVENT)) {
            for (StoredEvent event : events) {
                insert.setLong(1, executionId);
                insert.setLong(2, event.id());
                insert.setLong(3, event.previousEventId());
                insert.setLong(4, event.timestamp());
                insert.setString(5, event.type());
                insert.setString(6, event.pathId());
                insert.setString(7, payloads.inlineDetails(connection, event.details()));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    void upsertPaths(Connection connection, long executionId, List<PathRecord> paths) throws SQLException {
        if (paths == null || paths.isEmpty()) {
            return;
        }
        try (PreparedStatement upsert = connection.prepareStatement(dialect.upsertPath)) {
            for (PathRecord path : paths) {
                upsert.setLong(1, executionId);
                upsert.setString(2, path.pathId());
                upsert.setString(3, path.parentPathId());
                upsert.setString(4, Columns.name(path.status()));
                upsert.setString(5, payloads.inline(connection, path.checkpoint()));
                Columns.setLong(upsert, 6, path.wakeAt());
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }

    private static void deletePaths(Connection connection, long executionId, List<String> pathIds)
            throws SQLException {
        if (pathIds == null || pathIds.isEmpty()) {
            return;
        }
        try (PreparedStatement delete = connection.prepareStatement(DELETE_PATH)) {
            for (String pathId : pathIds) {
                delete.setLong(1, executionId);
                delete.setString(2, pathId);
                delete.addBatch();
            }
            delete.executeBatch();
        }
    }

    private void upsertTokens(Connection connection, String executionArn, long executionId, List<TaskTokenRecord> tokens)
            throws SQLException {
        if (tokens == null || tokens.isEmpty()) {
            return;
        }
        try (PreparedStatement upsert = connection.prepareStatement(dialect.upsertToken)) {
            for (TaskTokenRecord token : tokens) {
                if (token.executionArn() != null && !token.executionArn().equals(executionArn)) {
                    throw new IllegalStateException("transition of " + executionArn + " writes token " + token.token()
                            + " of another execution, " + token.executionArn());
                }
                upsert.setString(1, token.token());
                upsert.setLong(2, executionId);
                upsert.setString(3, token.pathId());
                upsert.setString(4, Columns.name(token.status()));
                upsert.setString(5, payloads.inline(connection, token.output()));
                upsert.setString(6, token.error());
                upsert.setString(7, token.cause());
                Columns.setLong(upsert, 8, token.heartbeatDeadline());
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }

    private static void redrive(Connection connection, String executionArn, long executionId, Instant redrivenAt) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(REDRIVE_EXECUTION)) {
            Columns.setInstant(update, 1, redrivenAt);
            update.setLong(2, executionId);
            if (update.executeUpdate() == 1) {
                return;
            }
        }
        String status = status(connection, executionArn);
        throw new IllegalStateException(status == null
                ? "cannot redrive execution " + executionArn + ": it does not exist"
                : "cannot redrive execution " + executionArn + ": it is " + status + "; only an ended one can be");
    }

    private void end(Connection connection, String executionArn, long executionId, Transition.ExecutionEnd end) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(END_EXECUTION)) {
            update.setString(1, Columns.name(end.status()));
            update.setString(2, payloads.inline(connection, end.output()));
            update.setString(3, end.error());
            update.setString(4, end.cause());
            Columns.setInstant(update, 5, end.stopTime());
            update.setLong(6, executionId);
            if (update.executeUpdate() != 1) {
                throw new IllegalStateException("cannot end execution " + executionArn + " as "
                        + end.status() + ": it does not exist");
            }
        }
    }

    private static String status(Connection connection, String executionArn) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(STATUS)) {
            select.setString(1, executionArn);
            try (var row = select.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }
}
