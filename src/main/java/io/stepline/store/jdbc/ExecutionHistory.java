package io.stepline.store.jdbc;

import io.stepline.store.PathRecord;
import io.stepline.store.StoredEvent;
import io.stepline.store.TaskTokenRecord;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads what transitions wrote: events (references left as they are), paths, tokens, payloads. */
final class ExecutionHistory {
    /** Readers find the execution's id by its ARN in the same statement (the id never leaves the store). */
    private static final String ID_OF_ARN = "(SELECT execution_id FROM executions WHERE execution_arn = ?)";
    private static final String EVENTS = "SELECT event_id, previous_event_id, event_time, event_type, details, path_id"
            + " FROM events WHERE execution_id = " + ID_OF_ARN + " AND event_id > ? ORDER BY event_id LIMIT ?";
    private static final String LAST_EVENT_ID = "SELECT MAX(event_id) FROM events"
            + " WHERE execution_id = " + ID_OF_ARN;
    private static final String PATHS = "SELECT path_id, parent_path_id, status, checkpoint, wake_at FROM paths"
            + " WHERE execution_id = " + ID_OF_ARN + " ORDER BY path_id";
    private static final String TOKEN = "SELECT t.token, x.execution_arn, t.path_id, t.status,"
            + " t.output_json, t.error, t.cause, t.heartbeat_deadline"
            + " FROM task_tokens t JOIN executions x ON x.execution_id = t.execution_id WHERE t.token = ?";

    private final StoreDatabase database;
    private final Payloads payloads;

    ExecutionHistory(StoreDatabase database, Payloads payloads) {
        this.database = database;
        this.payloads = payloads;
    }

    List<StoredEvent> events(String executionArn, long afterEventId, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("a page of events needs a limit of at least 1, not " + limit);
        }
        return database.read("read the history of execution", executionArn, connection -> {
            try (PreparedStatement select = connection.prepareStatement(EVENTS)) {
                select.setString(1, executionArn);
                select.setLong(2, afterEventId);
                select.setInt(3, limit);
                try (ResultSet rows = select.executeQuery()) {
                    List<StoredEvent> events = new ArrayList<>();
                    while (rows.next()) {
                        events.add(new StoredEvent(rows.getLong("event_id"), rows.getLong("previous_event_id"),
                                rows.getLong("event_time"), rows.getString("event_type"),
                                Columns.json(rows.getString("details")), rows.getString("path_id")));
                    }
                    return events;
                }
            }
        });
    }

    long lastEventId(String executionArn) {
        return database.read("read the last event id of execution", executionArn, connection -> {
            try (PreparedStatement select = connection.prepareStatement(LAST_EVENT_ID)) {
                select.setString(1, executionArn);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? row.getLong(1) : 0L;
                }
            }
        });
    }

    List<PathRecord> paths(String executionArn) {
        return database.read("read the paths of execution", executionArn, connection -> {
            try (PreparedStatement select = connection.prepareStatement(PATHS)) {
                select.setString(1, executionArn);
                try (ResultSet rows = select.executeQuery()) {
                    List<PathRecord> paths = new ArrayList<>();
                    while (rows.next()) {
                        paths.add(new PathRecord(rows.getString("path_id"), rows.getString("parent_path_id"),
                                PathRecord.PathStatus.valueOf(rows.getString("status")),
                                payloads.resolve(connection, rows.getString("checkpoint")),
                                Columns.nullableLong(rows, "wake_at")));
                    }
                    return paths;
                }
            }
        });
    }

    Optional<TaskTokenRecord> taskToken(String token) {
        return database.read("read task token", token, connection -> {
            try (PreparedStatement select = connection.prepareStatement(TOKEN)) {
                select.setString(1, token);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new TaskTokenRecord(row.getString("token"), row.getString("execution_arn"),
                            row.getString("path_id"), TaskTokenRecord.TokenStatus.valueOf(row.getString("status")),
                            payloads.resolve(connection, row.getString("output_json")), row.getString("error"),
                            row.getString("cause"), Columns.nullableLong(row, "heartbeat_deadline")));
                }
            }
        });
    }

    Optional<String> payload(String reference) {
        return database.read("read payload", reference, connection -> payloads.load(connection, reference));
    }
}
