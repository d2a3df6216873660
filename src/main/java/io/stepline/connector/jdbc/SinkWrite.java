package io.stepline.connector.jdbc;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepline.connector.DatasetRef.Column;
import io.stepline.connector.TaskFailedException;
import io.stepline.json.Json;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One sink write: the table made if asked (before the transaction: DDL commits on some
 * databases), then one transaction that deletes the partition or stages the upsert, loads the
 * rows, and for append records the run in the ledger. Anything failing rolls it all back.
 */
final class SinkWrite {
    private static final String STAGE = "stepline_stage";
    private final Connection connection;
    private final Dialect dialect;
    private final SinkRequest request;
    private final String quotedTable;

    SinkWrite(Connection connection, Dialect dialect, SinkRequest request) {
        this.connection = connection;
        this.dialect = dialect;
        this.request = request;
        this.quotedTable = request.table().quoted(dialect);
    }

    ObjectNode run() throws SQLException, TaskFailedException {
        long started = System.nanoTime();
        FileDataset files = request.dataset() == null ? null : FileDataset.of(request.dataset());
        EmptyInput empty = EmptyInput.of(request, files);
        if (empty != null) {
            prepareForNoRows(empty.columns());
            return commit(null, null, null, started);
        }
        boolean direct = files != null && dialect == Dialect.DUCKDB;
        try (RowSource rows = direct ? null : partitioned(files == null ? RecordRows.of(request.records()) : files.open())) {
            List<Column> columns = direct ? withPartitionColumn(files.columns(connection)) : rows.columns();
            List<String> names = new ArrayList<>();
            for (Column column : columns) {
                names.add(Identifiers.check(column.name(), "column of " + (rows == null ? "Dataset" : rows.describe())));
            }
            if (request.createTable()) {
                createTable(columns);
            }
            return commit(names, rows, files, started);
        }
    }

    /** The transaction; {@code names} null when there are no rows (only the partition's delete and the ledger). */
    private ObjectNode commit(List<String> names, RowSource rows, FileDataset files, long started)
            throws SQLException, TaskFailedException {
        SinkLedger ledger = new SinkLedger(dialect);
        if (request.mode() == SinkMode.APPEND) {
            ledger.ensure(connection);
        }
        ObjectNode result = Json.NODES.objectNode();
        connection.setAutoCommit(false);
        try {
            Counts counts = write(names, rows, files, ledger);
            connection.commit();
            describe(result, counts);
        } catch (SQLException | TaskFailedException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            if (request.mode() == SinkMode.UPSERT) {
                dropStage();
            }
            connection.setAutoCommit(true);
        }
        result.put("durationMillis", (System.nanoTime() - started) / 1_000_000);
        return result;
    }

    /**
     * No rows to write: the table must exist for the write to mean anything (a missing one fails
     * as Jdbc.TableNotFound), or be made from the columns known without rows.
     */
    private void prepareForNoRows(List<Column> columns) throws SQLException, TaskFailedException {
        if (request.createTable() && !tableExists()) {
            String input = request.dataset() == null ? "Records" : "Dataset " + request.dataset().uri();
            if (columns == null) {
                throw new TaskFailedException(request.dataset() == null ? SinkRequest.INVALID : FileDataset.INVALID,
                        input + " is empty and carries no schema, so table " + request.table() + " cannot be created"
                                + " from it: give the Dataset a \"schema\" ([{\"name\": ..., \"type\": ...}]) or"
                                + " create the table first");
            }
            for (Column column : columns) {
                Identifiers.check(column.name(), "column of the schema of " + input);
            }
            createTable(withPartitionColumn(columns));
        }
        try (Statement statement = connection.createStatement();
                ResultSet none = statement.executeQuery("SELECT * FROM " + quotedTable + " WHERE 1 = 0")) {
            none.getMetaData(); // the table is there
        }
    }

    private boolean tableExists() {
        try (Statement statement = connection.createStatement();
                ResultSet none = statement.executeQuery("SELECT * FROM " + quotedTable + " WHERE 1 = 0")) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private record Counts(long written, long inserted, long updated, long deleted, boolean alreadyWritten) {
    }

    private Counts write(List<String> names, RowSource rows, FileDataset files, SinkLedger ledger)
            throws SQLException, TaskFailedException {
        if (request.mode() == SinkMode.APPEND) {
            Long earlier = ledger.written(connection, request.runKey());
            if (earlier != null) {
                return new Counts(earlier, 0, 0, 0, true);
            }
        }
        long deleted = 0;
        if (request.mode() == SinkMode.REPLACE_PARTITION) {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + quotedTable + " WHERE "
                    + dialect.quote(request.partitionColumn()) + " = ?")) {
                delete.setObject(1, request.partitionValue());
                deleted = delete.executeUpdate();
            }
        }
        if (names == null) {
            if (request.mode() == SinkMode.APPEND) {
                ledger.record(connection, request.runKey(), request.table(), 0);
            }
            return new Counts(0, 0, 0, deleted, false);
        }
        if (request.mode() != SinkMode.UPSERT) {
            long written = load(target(quotedTable, null, request.table().schema(), request.table().table(), names),
                    rows, files);
            if (request.mode() == SinkMode.APPEND) {
                ledger.record(connection, request.runKey(), request.table(), written);
            }
            return new Counts(written, written, 0, deleted, false);
        }
        String stage = dialect.quote(STAGE);
        try (Statement statement = connection.createStatement()) {
            statement.execute(dialect.dropStage(stage));
            statement.execute(dialect.createStage(stage, quotedTable));
        }
        long written = load(target(stage, "temp", "main", STAGE, names), rows, files);
        long updated;
        try (Statement statement = connection.createStatement();
                ResultSet count = statement.executeQuery(dialect.countExisting(quotedTable, stage, request.keys()))) {
            count.next();
            updated = count.getLong(1);
        }
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate(dialect.upsertFromStage(quotedTable, stage, names, request.keys()));
        }
        return new Counts(written, written - updated, updated, 0, false);
    }

    private LoadTarget target(String quoted, String catalog, String schema, String table, List<String> names)
            throws SQLException {
        String appenderSchema = schema != null ? schema : connection.getSchema();
        return new LoadTarget(quoted, dialect == Dialect.DUCKDB ? catalog : null, appenderSchema, table, names,
                names.stream().map(dialect::quote).toList(), request.batchSize());
    }

    private long load(LoadTarget target, RowSource rows, FileDataset files) throws SQLException, TaskFailedException {
        if (rows == null) {
            List<String> fileColumns = request.partitionColumn() == null ? target.columns()
                    : files.columns(connection).stream().map(Column::name).toList();
            return DuckDbFileLoader.load(connection, target, files, fileColumns, request.partitionColumn(),
                    request.partitionValue());
        }
        return RowLoader.of(dialect).load(connection, target, rows);
    }

    private RowSource partitioned(RowSource rows) {
        return request.partitionColumn() == null ? rows
                : new PartitionRows(rows, request.partitionColumn(), request.partitionValue());
    }

    /** The columns with the partition column added when they lack it (it is filled with the partition's value). */
    private List<Column> withPartitionColumn(List<Column> found) {
        List<Column> columns = new ArrayList<>(found);
        if (request.partitionColumn() != null
                && columns.stream().noneMatch(c -> c.name().equalsIgnoreCase(request.partitionColumn()))) {
            columns.add(new Column(request.partitionColumn(), PartitionRows.typeOf(request.partitionValue()), false));
        }
        return columns;
    }

    private void createTable(List<Column> columns) throws SQLException {
        String definitions = columns.stream()
                .map(c -> dialect.quote(c.name()) + " " + dialect.columnType(c.type())
                        + (request.keys().contains(c.name()) ? " NOT NULL" : ""))
                .collect(Collectors.joining(", "));
        String key = request.mode() == SinkMode.UPSERT ? ", PRIMARY KEY (" + dialect.quoteAll(request.keys()) + ")" : "";
        if (request.table().schema() != null) {
            CreateIfMissing.execute(connection, dialect, "CREATE SCHEMA IF NOT EXISTS " + dialect.quote(request.table().schema()));
        }
        CreateIfMissing.execute(connection, dialect, "CREATE TABLE IF NOT EXISTS " + quotedTable + " (" + definitions + key + ")");
    }

    private void dropStage() {
        try (Statement statement = connection.createStatement()) {
            statement.execute(dialect.dropStage(dialect.quote(STAGE)));
        } catch (SQLException e) {
            // a temporary table: it goes with the session at the latest
        }
    }

    private void describe(ObjectNode result, Counts counts) {
        result.put("table", request.table().toString());
        result.put("mode", request.mode().text());
        if (request.partitionColumn() != null) {
            result.putObject("partition").put("column", request.partitionColumn())
                    .put("value", String.valueOf(request.partitionValue()));
        }
        result.put("rowsWritten", counts.written());
        result.put("rowsInserted", counts.inserted());
        result.put("rowsUpdated", counts.updated());
        result.put("rowsDeleted", counts.deleted());
        result.put("alreadyWritten", counts.alreadyWritten());
    }
}
