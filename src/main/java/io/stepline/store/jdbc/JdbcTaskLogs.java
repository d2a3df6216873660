package io.stepline.store.jdbc;

import io.stepline.store.TaskLogLine;
import io.stepline.store.TaskLogs;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Task log lines in table {@code task_logs} (migration V6), numbered per execution, capped per execution. */
final class JdbcTaskLogs implements TaskLogs {
    private static final String LAST = "SELECT COALESCE(MAX(line_no), 0) FROM task_logs WHERE execution_id = ?";
    private static final String INSERT = """
            INSERT INTO task_logs (execution_id, line_no, state_name, attempt, logged_at, log_level, message)
            VALUES (?, ?, ?, ?, ?, ?, ?)""";
    private static final String SELECT = """
            SELECT l.state_name, l.attempt, l.logged_at, l.log_level, l.message
            FROM task_logs l JOIN executions x ON x.execution_id = l.execution_id
            WHERE x.execution_arn = ? AND (CAST(? AS VARCHAR(256)) IS NULL OR l.state_name = ?)
            ORDER BY l.line_no
            FETCH FIRST ? ROWS ONLY""";
    private static final int MESSAGE_CHARS = 8_000;
    private final StoreDatabase database;
    private final ExecutionIds ids;

    JdbcTaskLogs(StoreDatabase database, ExecutionIds ids) {
        this.database = database;
        this.ids = ids;
    }

    @Override
    public void append(List<TaskLogLine> lines) {
        Map<String, List<TaskLogLine>> byExecution = new LinkedHashMap<>();
        for (TaskLogLine line : lines) {
            byExecution.computeIfAbsent(line.executionArn(), arn -> new ArrayList<>()).add(line);
        }
        for (var entry : byExecution.entrySet()) {
            try {
                database.transaction("append task logs of", entry.getKey(), connection -> {
                    append(connection, entry.getKey(), entry.getValue());
                    return null;
                });
            } catch (IllegalStateException unknownExecution) {
                // An EXPRESS execution has no row: its lines have nowhere to go.
            }
        }
    }

    private void append(Connection connection, String executionArn, List<TaskLogLine> lines) throws SQLException {
        long id = ids.of(connection, executionArn, "append task logs of");
        int last;
        try (PreparedStatement select = connection.prepareStatement(LAST)) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                last = row.getInt(1);
            }
        }
        if (last > CAP_PER_EXECUTION) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (TaskLogLine line : lines) {
                last++;
                boolean capped = last > CAP_PER_EXECUTION;
                insert.setLong(1, id);
                insert.setInt(2, last);
                insert.setString(3, line.state());
                insert.setInt(4, line.attempt());
                insert.setLong(5, line.timestamp());
                insert.setString(6, capped ? "WARN" : line.level());
                insert.setString(7, capped ? "Stepline kept the first " + CAP_PER_EXECUTION
                        + " log lines of this execution's tasks; later lines were dropped" : truncated(line.message()));
                insert.addBatch();
                if (capped) {
                    break;
                }
            }
            insert.executeBatch();
        }
    }

    private static String truncated(String message) {
        return message.length() <= MESSAGE_CHARS ? message : message.substring(0, MESSAGE_CHARS) + "...";
    }

    @Override
    public List<TaskLogLine> lines(String executionArn, String state, int limit) {
        return database.read("read task logs of", executionArn, connection -> {
            try (PreparedStatement select = connection.prepareStatement(SELECT)) {
                select.setString(1, executionArn);
                select.setString(2, state);
                select.setString(3, state);
                select.setInt(4, limit);
                List<TaskLogLine> lines = new ArrayList<>();
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        lines.add(new TaskLogLine(executionArn, row.getString(1), row.getInt(2), row.getLong(3),
                                row.getString(4), row.getString(5)));
                    }
                }
                return lines;
            }
        });
    }
}
