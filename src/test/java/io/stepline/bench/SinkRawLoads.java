package io.stepline.bench;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * The peer of the sink benchmark: the same Parquet rows (read through DuckDB's JDBC driver, as
 * anyone loading a Parquet file from Java would) written by each database's best bulk path by
 * hand, in one transaction: PostgreSQL COPY, DuckDB's appender, H2 batched inserts.
 */
final class SinkRawLoads {
    static final String COLUMNS = "id, customer, amount, sold_on";

    private SinkRawLoads() {
    }

    /** Returns the rows written into {@code table} of the database at {@code url}. */
    static long load(String database, Connection target, String parquet, String table) throws SQLException {
        try (Connection reader = DriverManager.getConnection("jdbc:duckdb:");
                Statement read = reader.createStatement();
                ResultSet rows = read.executeQuery("SELECT id, customer, amount, sold_on FROM read_parquet('" + parquet + "')")) {
            target.setAutoCommit(false);
            long written = switch (database) {
                case "postgres" -> copy(target, rows, table);
                case "duckdb" -> append(target, rows, table);
                default -> batches(target, rows, table);
            };
            target.commit();
            target.setAutoCommit(true);
            return written;
        }
    }

    private static long copy(Connection target, ResultSet rows, String table) throws SQLException {
        CopyIn copy = target.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("COPY " + table + " (" + COLUMNS + ") FROM STDIN WITH (FORMAT csv)");
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 17);
        long written = 0;
        StringBuilder line = new StringBuilder();
        while (rows.next()) {
            line.setLength(0);
            line.append(rows.getLong(1)).append(",\"").append(rows.getString(2).replace("\"", "\"\"")).append("\",")
                    .append(rows.getDouble(3)).append(',').append(rows.getObject(4, LocalDate.class)).append('\n');
            buffer.writeBytes(line.toString().getBytes(StandardCharsets.UTF_8));
            written++;
            if (buffer.size() >= 1 << 16) {
                copy.writeToCopy(buffer.toByteArray(), 0, buffer.size());
                buffer.reset();
            }
        }
        copy.writeToCopy(buffer.toByteArray(), 0, buffer.size());
        copy.endCopy();
        return written;
    }

    private static long append(Connection target, ResultSet rows, String table) throws SQLException {
        long written = 0;
        try (DuckDBAppender appender = target.unwrap(DuckDBConnection.class).createAppender("main", table)) {
            while (rows.next()) {
                appender.beginRow().append(rows.getLong(1)).append(rows.getString(2)).append(rows.getDouble(3))
                        .append(rows.getObject(4, LocalDate.class)).endRow();
                written++;
            }
            appender.flush();
        }
        return written;
    }

    private static long batches(Connection target, ResultSet rows, String table) throws SQLException {
        long written = 0;
        try (PreparedStatement insert = target.prepareStatement("INSERT INTO " + table + " (" + COLUMNS
                + ") VALUES (?, ?, ?, ?)")) {
            while (rows.next()) {
                insert.setLong(1, rows.getLong(1));
                insert.setString(2, rows.getString(2));
                insert.setDouble(3, rows.getDouble(3));
                insert.setObject(4, rows.getObject(4, LocalDate.class));
                insert.addBatch();
                if (++written % 10_000 == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        return written;
    }
}
