package io.stepline.connector.jdbc;

import io.stepline.connector.DatasetRef.Column;
import io.stepline.connector.TaskFailedException;
import java.sql.Clob;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows streamed from a query: a file dataset read by DuckDB, or a query being exported. Owns the
 * statement (and whatever {@code onClose} releases) and closes them with itself.
 */
final class ResultSetRows implements RowSource {
    private final ResultSet rows;
    private final Statement statement;
    private final AutoCloseable onClose;
    private final List<Column> columns;
    private final String describe;
    private final String errorName;

    ResultSetRows(ResultSet rows, Statement statement, AutoCloseable onClose, String describe, String errorName)
            throws SQLException {
        this.rows = rows;
        this.statement = statement;
        this.onClose = onClose;
        this.describe = describe;
        this.errorName = errorName;
        this.columns = columnsOf(rows.getMetaData());
    }

    static List<Column> columnsOf(ResultSetMetaData meta) throws SQLException {
        List<Column> columns = new ArrayList<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            columns.add(new Column(meta.getColumnLabel(i), sparkType(meta, i),
                    meta.isNullable(i) != ResultSetMetaData.columnNoNulls));
        }
        return List.copyOf(columns);
    }

    private static String sparkType(ResultSetMetaData meta, int i) throws SQLException {
        return switch (meta.getColumnType(i)) {
            case Types.BOOLEAN, Types.BIT -> "boolean";
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER -> "int";
            case Types.BIGINT -> "bigint";
            case Types.REAL, Types.FLOAT -> meta.getColumnTypeName(i).equalsIgnoreCase("DOUBLE") ? "double" : "float";
            case Types.DOUBLE -> "double";
            case Types.DECIMAL, Types.NUMERIC -> meta.getPrecision(i) > 0 && meta.getPrecision(i) <= 38
                    ? "decimal(" + meta.getPrecision(i) + "," + Math.max(0, meta.getScale(i)) + ")" : "double";
            case Types.DATE -> "date";
            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> "timestamp";
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> "binary";
            default -> "string";
        };
    }

    @Override
    public List<Column> columns() {
        return columns;
    }

    @Override
    public boolean next() throws TaskFailedException {
        try {
            return rows.next();
        } catch (SQLException e) {
            throw new TaskFailedException(errorName, "reading " + describe + " failed: " + e.getMessage());
        }
    }

    @Override
    public Object value(int column) throws TaskFailedException {
        try {
            Object value = rows.getObject(column + 1);
            return plain(value, columns.get(column).type());
        } catch (SQLException e) {
            throw new TaskFailedException(errorName, "reading column " + columns.get(column).name() + " of " + describe
                    + " failed: " + e.getMessage());
        }
    }

    private static Object plain(Object value, String type) throws SQLException {
        if (value == null) {
            return null;
        }
        if (value instanceof Date date) {
            return date.toLocalDate();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toLocalDateTime();
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toLocalDateTime();
        }
        if (value instanceof Clob clob) {
            return clob.getSubString(1, (int) clob.length());
        }
        if (type.equals("string") && !(value instanceof String)) {
            return value.toString(); // lists, structs, UUIDs, JSON: written as their text
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof Float f) {
            return f.doubleValue();
        }
        return value;
    }

    @Override
    public String describe() {
        return describe;
    }

    @Override
    public void close() {
        try (AutoCloseable release = onClose; Statement s = statement; ResultSet r = rows) {
            // closed in reverse order by try-with-resources
        } catch (Exception e) {
            // nothing was written through it; closing a reader cannot lose data
        }
    }
}
