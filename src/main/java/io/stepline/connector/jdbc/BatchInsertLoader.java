package io.stepline.connector.jdbc;

import io.stepline.connector.TaskFailedException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;

/** One prepared INSERT, values bound, sent in JDBC batches (H2, MySQL/MariaDB, others). */
final class BatchInsertLoader implements RowLoader {

    @Override
    public long load(Connection connection, LoadTarget target, RowSource rows)
            throws SQLException, TaskFailedException {
        int width = target.columns().size();
        String sql = "INSERT INTO " + target.quoted() + " (" + String.join(", ", target.quotedColumns())
                + ") VALUES (" + String.join(", ", Collections.nCopies(width, "?")) + ")";
        long written = 0;
        int pending = 0;
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            while (rows.next()) {
                for (int c = 0; c < width; c++) {
                    insert.setObject(c + 1, rows.value(c));
                }
                insert.addBatch();
                written++;
                if (++pending == target.batchSize()) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        }
        return written;
    }
}
