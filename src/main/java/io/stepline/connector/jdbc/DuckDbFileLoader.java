package io.stepline.connector.jdbc;

import io.stepline.connector.TaskFailedException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Files into a DuckDB table without a row passing through Java: {@code INSERT ... SELECT} from
 * DuckDB's own reader on the target connection, inside the caller's transaction.
 */
final class DuckDbFileLoader {
    private DuckDbFileLoader() {
    }

    /**
     * @param fileColumns the files' columns, in order; the target's columns may add the
     *                    partition column, filled with {@code partitionValue}
     */
    static long load(Connection connection, LoadTarget target, FileDataset files, List<String> fileColumns,
            String partitionColumn, Object partitionValue) throws SQLException, TaskFailedException {
        Dialect duck = Dialect.DUCKDB;
        boolean addPartition = partitionColumn != null && fileColumns.stream().noneMatch(partitionColumn::equalsIgnoreCase);
        if (partitionColumn != null && !addPartition) {
            checkPartition(connection, files, partitionColumn, partitionValue);
        }
        String select = duck.quoteAll(fileColumns) + (addPartition ? ", ?" : "");
        String sql = "INSERT INTO " + target.quoted() + " (" + String.join(", ", target.quotedColumns()) + ") SELECT "
                + select + " FROM " + files.tableFunction();
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            int next = 1;
            if (addPartition) {
                insert.setObject(next++, partitionValue);
            }
            files.bind(insert, next);
            return insert.executeUpdate();
        } catch (SQLException e) {
            if (String.valueOf(e.getMessage()).startsWith("IO Error") || String.valueOf(e.getMessage())
                    .startsWith("Invalid Input Error")) {
                throw files.unreadable(e);
            }
            throw e;
        }
    }

    private static void checkPartition(Connection connection, FileDataset files, String column, Object value)
            throws SQLException, TaskFailedException {
        String sql = "SELECT COUNT(*), MIN(CAST(" + Dialect.DUCKDB.quote(column) + " AS VARCHAR)) FROM "
                + files.tableFunction() + " WHERE CAST(" + Dialect.DUCKDB.quote(column) + " AS VARCHAR)"
                + " IS DISTINCT FROM ?";
        try (PreparedStatement check = connection.prepareStatement(sql)) {
            files.bind(check, 1);
            check.setString(2, String.valueOf(value));
            try (ResultSet row = check.executeQuery()) {
                row.next();
                if (row.getLong(1) > 0) {
                    throw new TaskFailedException(PartitionRows.WRONG_PARTITION, "Dataset " + files.ref().uri() + " has "
                            + row.getLong(1) + " row(s) with " + column + " other than the partition being replaced ("
                            + value + "), e.g. " + row.getString(2));
                }
            }
        }
    }
}
