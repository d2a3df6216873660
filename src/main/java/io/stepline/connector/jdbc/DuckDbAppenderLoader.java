package io.stepline.connector.jdbc;

import io.stepline.connector.TaskFailedException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * DuckDB's bulk path: its Appender, inside the caller's transaction. The appender fills columns
 * by position, so the target must have exactly the rows' columns in their order (a table the
 * sink created, or a staging table); otherwise rows go through a batched INSERT.
 */
final class DuckDbAppenderLoader implements RowLoader {

    @Override
    public long load(Connection connection, LoadTarget target, RowSource rows)
            throws SQLException, TaskFailedException {
        if (!columnsMatch(connection, target)) {
            return new BatchInsertLoader().load(connection, target, rows);
        }
        DuckDBConnection duck = connection.unwrap(DuckDBConnection.class);
        int width = target.columns().size();
        long written = 0;
        try (DuckDBAppender appender = target.catalog() == null ? duck.createAppender(target.schema(), target.table())
                : duck.createAppender(target.catalog(), target.schema(), target.table())) {
            while (rows.next()) {
                appender.beginRow();
                for (int c = 0; c < width; c++) {
                    append(appender, rows.value(c));
                }
                appender.endRow();
                written++;
            }
            appender.flush();
        }
        return written;
    }

    private static boolean columnsMatch(Connection connection, LoadTarget target) throws SQLException {
        try (var statement = connection.createStatement();
                var result = statement.executeQuery("SELECT * FROM " + target.quoted() + " LIMIT 0")) {
            var meta = result.getMetaData();
            if (meta.getColumnCount() != target.columns().size()) {
                return false;
            }
            for (int i = 0; i < target.columns().size(); i++) {
                if (!meta.getColumnName(i + 1).equalsIgnoreCase(target.columns().get(i))) {
                    return false;
                }
            }
            return true;
        }
    }

    private static void append(DuckDBAppender appender, Object value) throws SQLException {
        if (value == null) {
            appender.appendNull();
        } else if (value instanceof Long l) {
            appender.append(l.longValue());
        } else if (value instanceof Double d) {
            appender.append(d.doubleValue());
        } else if (value instanceof Boolean b) {
            appender.append(b.booleanValue());
        } else if (value instanceof String s) {
            appender.append(s);
        } else if (value instanceof BigDecimal d) {
            appender.append(d);
        } else if (value instanceof LocalDate d) {
            appender.append(d);
        } else if (value instanceof LocalDateTime t) {
            appender.append(t);
        } else if (value instanceof byte[] bytes) {
            appender.append(bytes);
        } else {
            appender.append(value.toString());
        }
    }
}
