package io.stepline.connector.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Runs {@code CREATE ... IF NOT EXISTS} outside the write's transaction. Sinks running at once
 * on one DuckDB file race to create the same schema, table or ledger; DuckDB's optimistic
 * catalog fails all but one with "Catalog write-write conflict" where other databases wait.
 * The race is benign (the object is there once the winner commits), so the statement is run
 * again, and is then a no-op.
 */
final class CreateIfMissing {
    private static final int ATTEMPTS = 3;

    private CreateIfMissing() {
    }

    static void execute(Connection connection, Dialect dialect, String sql) throws SQLException {
        for (int attempt = 1; ; attempt++) {
            try (Statement statement = connection.createStatement()) {
                statement.execute(sql);
                return;
            } catch (SQLException e) {
                if (dialect != Dialect.DUCKDB || attempt == ATTEMPTS || !JdbcErrors.isDuckDbConflict(e)) {
                    throw e;
                }
            }
        }
    }
}
