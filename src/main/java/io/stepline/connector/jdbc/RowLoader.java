package io.stepline.connector.jdbc;

import io.stepline.connector.TaskFailedException;
import java.sql.Connection;
import java.sql.SQLException;

/** Writes rows into a table inside the caller's transaction, by a database's fastest path. */
interface RowLoader {

    /** Returns how many rows were written. */
    long load(Connection connection, LoadTarget target, RowSource rows) throws SQLException, TaskFailedException;

    static RowLoader of(Dialect dialect) {
        return switch (dialect) {
            case POSTGRES -> new PostgresCopyLoader();
            case DUCKDB -> new DuckDbAppenderLoader();
            default -> new BatchInsertLoader();
        };
    }
}
