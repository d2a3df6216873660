package io.stepline.connector.jdbc;

import io.stepline.connector.DatasetRef;
import io.stepline.connector.DatasetRef.Column;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns a JSON Lines file into one Parquet file with a private in-memory DuckDB ({@code COPY ...
 * TO ... (FORMAT parquet)}). DuckDB rather than parquet-avro (which comes with Spark): DuckDB is
 * already how sinks read datasets, its JSON reader infers column types from every record
 * (bigint, double, boolean, date, timestamp, nested structs) where parquet-avro would need an Avro
 * schema built by hand, and it needs neither a Spark session nor Hadoop's file system. The sink
 * then reads the file with the same reader family it was written with.
 */
public final class JsonLinesToParquet {
    private JsonLinesToParquet() {
    }

    /**
     * Writes {@code parquet} (through a temporary sibling moved into place, so no reader sees half
     * of it) from the records in {@code jsonLines}.
     *
     * @param uri           the uri the returned reference gives the Parquet file
     * @param columnsIfEmpty the columns of a file without records (typed {@code string}: nothing says
     *                       more); Parquet cannot hold a schema without a column, so with none known
     *                       an empty input gives null and no file
     * @return the reference with its row count and schema, or null (see above)
     */
    public static DatasetRef convert(Path jsonLines, Path parquet, String uri, List<String> columnsIfEmpty)
            throws SQLException, IOException {
        boolean empty = Files.size(jsonLines) == 0;
        if (empty && columnsIfEmpty.isEmpty()) {
            return null;
        }
        Path writing = parquet.resolveSibling(parquet.getFileName() + ".writing");
        Files.createDirectories(parquet.toAbsolutePath().getParent());
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = duck.createStatement()) {
            String select = empty
                    ? "SELECT " + columnsIfEmpty.stream().map(c -> "CAST(NULL AS VARCHAR) AS " + quoted(c))
                            .collect(Collectors.joining(", ")) + " WHERE false"
                    : "SELECT " + selectList(statement, jsonLines) + " FROM " + reader(jsonLines);
            // a path is not a value COPY can bind; it is written as a quoted literal
            statement.execute("COPY (" + select + ") TO " + literal(writing) + " (FORMAT parquet)");
            List<Column> columns;
            long rows;
            try (ResultSet described = statement.executeQuery("SELECT * FROM read_parquet(" + literal(writing) + ") LIMIT 0")) {
                columns = ResultSetRows.columnsOf(described.getMetaData());
            }
            try (ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM read_parquet(" + literal(writing) + ")")) {
                count.next();
                rows = count.getLong(1);
            }
            Files.move(writing, parquet, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return DatasetRef.files(uri, "parquet").described(rows, columns);
        } finally {
            Files.deleteIfExists(writing);
        }
    }

    /** Every record is sampled, so a field first seen late (or a number after nulls) gets its type. */
    private static String reader(Path jsonLines) {
        return "read_json_auto(" + literal(jsonLines) + ", format = 'newline_delimited', sample_size = -1)";
    }

    /**
     * The columns as read, except that a field null in every record (DuckDB's {@code NULL} type,
     * which Spark cannot read from Parquet) and one mixing objects and text ({@code JSON}) become text.
     */
    private static String selectList(Statement statement, Path jsonLines) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (ResultSet described = statement.executeQuery("DESCRIBE SELECT * FROM " + reader(jsonLines))) {
            while (described.next()) {
                String name = quoted(described.getString("column_name"));
                String type = described.getString("column_type").replace("\"", ""); // NULL is spelt "NULL"
                columns.add(type.equals("NULL") || type.equals("JSON") ? "CAST(" + name + " AS VARCHAR) AS " + name : name);
            }
        }
        return String.join(", ", columns);
    }

    /** A field name as DuckDB wants it quoted: an API's names are not checked identifiers (a sink checks them later). */
    private static String quoted(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    private static String literal(Path path) {
        return "'" + path.toAbsolutePath().toString().replace("'", "''") + "'";
    }
}
