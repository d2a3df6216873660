package io.stepline.connector.jdbc;

import io.stepline.connector.DatasetRef.Column;
import io.stepline.connector.TaskFailedException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of one partition: when they lack the partition column it is added with the
 * partition's value; when they have it, every row must hold that value (a row of another
 * partition would be written where the next replace of its own partition cannot see it).
 */
final class PartitionRows implements RowSource {
    static final String WRONG_PARTITION = "Jdbc.InvalidData";
    private final RowSource rows;
    private final String column;
    private final Object value;
    private final int existing;
    private final List<Column> columns;
    private long row;

    PartitionRows(RowSource rows, String column, Object value) {
        this.rows = rows;
        this.column = column;
        this.value = value;
        int found = -1;
        for (int i = 0; i < rows.columns().size(); i++) {
            if (rows.columns().get(i).name().equalsIgnoreCase(column)) {
                found = i;
            }
        }
        this.existing = found;
        List<Column> all = new ArrayList<>(rows.columns());
        if (found < 0) {
            all.add(new Column(column, typeOf(value), false));
        }
        this.columns = List.copyOf(all);
    }

    static String typeOf(Object value) {
        return value instanceof LocalDate ? "date" : value instanceof Long ? "bigint" : "string";
    }

    @Override
    public List<Column> columns() {
        return columns;
    }

    @Override
    public boolean next() throws TaskFailedException {
        if (!rows.next()) {
            return false;
        }
        row++;
        if (existing >= 0) {
            Object actual = rows.value(existing);
            if (!String.valueOf(value).equals(String.valueOf(actual))) {
                throw new TaskFailedException(WRONG_PARTITION, rows.describe() + " row " + row + " has " + column
                        + " = " + actual + ", not the partition being replaced (" + value + ")");
            }
        }
        return true;
    }

    @Override
    public Object value(int index) throws TaskFailedException {
        return index == rows.columns().size() ? value : rows.value(index);
    }

    @Override
    public String describe() {
        return rows.describe();
    }

    @Override
    public void close() {
        rows.close();
    }
}
