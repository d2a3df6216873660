package io.stepline.connector.jdbc;

import io.stepline.connector.DatasetRef.Column;
import io.stepline.connector.TaskFailedException;
import java.util.List;

/**
 * Rows to write, one at a time: the state's records, or a file dataset read through DuckDB.
 * Values are plain Java objects (Long, Double, BigDecimal, Boolean, String, LocalDate,
 * LocalDateTime, byte[], or null).
 */
interface RowSource extends AutoCloseable {

    /** The columns, with Spark SQL type names (as {@link io.stepline.connector.DatasetRef} carries them). */
    List<Column> columns();

    /** Moves to the next row; false at the end. Failing to read fails with the dataset named. */
    boolean next() throws TaskFailedException;

    /** A value of the current row, by column index from 0. */
    Object value(int column) throws TaskFailedException;

    /** What the rows are, for messages: {@code records} or the dataset's uri. */
    String describe();

    @Override
    void close();

    default List<String> columnNames() {
        return columns().stream().map(Column::name).toList();
    }
}
