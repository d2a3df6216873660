package io.stepline.connector.jdbc;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The {@code stepline_sink_runs} table: one row per append, written in the same transaction as
 * the rows, keyed by the run key (the task attempt's idempotency key, or {@code RunKey}). A
 * re-run finding its key knows its rows are already there: appending never happens twice.
 */
final class SinkLedger {
    static final String TABLE = "stepline_sink_runs";
    private final Dialect dialect;
    private final String quoted;

    SinkLedger(Dialect dialect) {
        this.dialect = dialect;
        this.quoted = dialect.quote(TABLE);
    }

    /** Creates the ledger when missing (outside the write transaction: DDL commits on some databases). */
    void ensure(Connection connection) throws SQLException {
        String sql = "CREATE TABLE IF NOT EXISTS " + quoted + " (" + dialect.quote("run_key") + " VARCHAR(64) NOT NULL"
                + " PRIMARY KEY, " + dialect.quote("run_label") + " VARCHAR(255), " + dialect.quote("table_name")
                + " VARCHAR(255), " + dialect.quote("rows_written") + " BIGINT, " + dialect.quote("written_at") + " "
                + dialect.columnType("timestamp") + ")";
        try {
            CreateIfMissing.execute(connection, dialect, sql);
        } catch (SQLException e) {
            if (!exists(connection)) { // another process may have created it at the same moment
                throw e;
            }
        }
    }

    private boolean exists(Connection connection) {
        try (Statement statement = connection.createStatement();
                ResultSet ignored = statement.executeQuery("SELECT 1 FROM " + quoted + " WHERE 1 = 0")) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /** The rows an earlier run with this key wrote, or null when none did. */
    Long written(Connection connection, String runKey) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT " + dialect.quote("rows_written")
                + " FROM " + quoted + " WHERE " + dialect.quote("run_key") + " = ?")) {
            select.setString(1, hash(runKey));
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getLong(1) : null;
            }
        }
    }

    void record(Connection connection, String runKey, TableName table, long rows) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + quoted + " ("
                + dialect.quoteAll(java.util.List.of("run_key", "run_label", "table_name", "rows_written", "written_at"))
                + ") VALUES (?, ?, ?, ?, ?)")) {
            insert.setString(1, hash(runKey));
            insert.setString(2, runKey.length() > 255 ? runKey.substring(0, 255) : runKey);
            insert.setString(3, table.toString());
            insert.setLong(4, rows);
            insert.setTimestamp(5, Timestamp.from(Instant.now()));
            insert.executeUpdate();
        }
    }

    /** Keys can be long (an execution ARN, a state name...): the primary key is their SHA-256. */
    private static String hash(String runKey) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(runKey.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
