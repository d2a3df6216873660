package io.stepline.connector.jdbc;

import io.stepline.connector.DatasetRef;
import io.stepline.connector.DatasetRef.Column;
import io.stepline.connector.TaskFailedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A query's rows written to files so that a large result travels by reference: the rows stream
 * into a private in-memory DuckDB through its appender, and DuckDB writes Parquet, CSV or JSON
 * lines. Returns the {@link DatasetRef} with the row count and schema.
 */
final class QueryExport {
    static final String FAILED = "Jdbc.ExportFailed";

    private QueryExport() {
    }

    static com.fasterxml.jackson.databind.node.ObjectNode write(ResultSet result, String uri, String format)
            throws SQLException, TaskFailedException {
        Path file = Path.of(uri.startsWith("file:") ? uri.substring("file:".length()) : uri).toAbsolutePath();
        try (ResultSetRows rows = new ResultSetRows(result, null, null, "query", JdbcErrors.OTHER);
                Connection duck = DriverManager.getConnection("jdbc:duckdb:")) {
            List<Column> columns = rows.columns();
            List<String> names = columns.stream().map(Column::name).toList();
            String definition = columns.stream()
                    .map(c -> Dialect.DUCKDB.quote(c.name()) + " " + Dialect.DUCKDB.columnType(c.type()))
                    .collect(Collectors.joining(", "));
            try (Statement statement = duck.createStatement()) {
                statement.execute("CREATE TABLE export (" + definition + ")");
            }
            LoadTarget target = new LoadTarget("export", null, "main", "export", names,
                    names.stream().map(Dialect.DUCKDB::quote).toList(), SinkRequest.DEFAULT_BATCH);
            long count = new DuckDbAppenderLoader().load(duck, target, rows);
            Files.createDirectories(file.getParent());
            String options = switch (format) {
                case "csv" -> "FORMAT csv, HEADER true";
                case "jsonl" -> "FORMAT json";
                default -> "FORMAT parquet";
            };
            try (Statement statement = duck.createStatement()) {
                // a path is not a value COPY can bind; it is written as a quoted literal
                statement.execute("COPY export TO '" + file.toString().replace("'", "''") + "' (" + options + ")");
            }
            return new DatasetRef(uri, format, null, count, columns,
                    format.equals("csv") ? java.util.Map.of("header", "true") : java.util.Map.of()).toJson();
        } catch (java.io.IOException e) {
            throw new TaskFailedException(FAILED, "cannot write the query's rows to " + uri + ": " + e.getMessage());
        }
    }
}
