package io.stepline.connector.jdbc;

import io.stepline.connector.DatasetRef;
import io.stepline.connector.TaskFailedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A dataset of local files (Parquet, CSV, JSON, JSON lines: one file, a glob, or a directory of
 * part files as Spark writes them) read through an in-process DuckDB: no Spark needed, columnar
 * readers, globs, and rows streamed rather than loaded into memory.
 */
record FileDataset(DatasetRef ref, String pattern) {
    static final String INVALID = "Stepline.InvalidDataset";

    /** Checks the reference names local files that exist; the message says what is wrong. */
    static FileDataset of(DatasetRef ref) throws TaskFailedException {
        if (ref.format().equals("table")) {
            throw new TaskFailedException(INVALID, "Dataset " + ref.uri() + " is a table: a sink loads files"
                    + " (parquet, csv, json, jsonl); use stepline:sql to copy between tables");
        }
        String uri = ref.uri().startsWith("file:") ? ref.uri().substring("file:".length()).replaceFirst("^//", "")
                : ref.uri();
        if (uri.matches("^[a-zA-Z][a-zA-Z0-9+.-]*://.*")) {
            throw new TaskFailedException(INVALID, "Dataset " + ref.uri() + ": a sink reads local files only");
        }
        Path path = Path.of(uri).toAbsolutePath();
        String pattern = path.toString();
        if (Files.isDirectory(path)) {
            pattern = path.resolve("*." + extension(ref.format())).toString();
        } else if (!uri.contains("*") && !uri.contains("?") && !Files.isRegularFile(path)) {
            throw new TaskFailedException(INVALID, "Dataset " + ref.uri() + ": no such file or directory (" + path + ")");
        }
        return new FileDataset(ref, pattern);
    }

    private static String extension(String format) {
        return format.equals("jsonl") ? "json*" : format;
    }

    /** The table function reading the files; its first parameter is {@link #pattern()}. */
    String tableFunction() {
        return switch (ref.format()) {
            case "parquet" -> "read_parquet(?)";
            case "csv" -> "read_csv(?, header = " + hasHeader() + ")";
            default -> "read_json_auto(?)";
        };
    }

    /** CSV files have a header line unless the options say {@code header: false}. */
    boolean hasHeader() {
        return !"false".equalsIgnoreCase(ref.options().getOrDefault("header", "true"));
    }

    /** The files the pattern matches (none for a directory of Spark's output without parts), as DuckDB globs them. */
    List<Path> files(Connection duck) throws SQLException {
        List<Path> files = new ArrayList<>();
        try (PreparedStatement glob = duck.prepareStatement("SELECT file FROM glob(?)")) {
            glob.setString(1, pattern);
            try (java.sql.ResultSet found = glob.executeQuery()) {
                while (found.next()) {
                    files.add(Path.of(found.getString(1)));
                }
            }
        }
        return files;
    }

    /** Binds the parameters of {@link #tableFunction()} from index {@code first}; returns the next index. */
    int bind(PreparedStatement statement, int first) throws SQLException {
        statement.setString(first, pattern);
        return first + 1;
    }

    /** Opens the rows through a private in-memory DuckDB, closed with the rows. */
    RowSource open() throws TaskFailedException {
        Connection duck = null;
        try {
            duck = DriverManager.getConnection("jdbc:duckdb:");
            return open(duck, duck);
        } catch (SQLException e) {
            closeQuietly(duck);
            throw unreadable(e);
        }
    }

    /** Opens the rows on an existing DuckDB connection ({@code owned} is closed with the rows, if any). */
    RowSource open(Connection duck, AutoCloseable owned) throws TaskFailedException {
        try {
            PreparedStatement statement = duck.prepareStatement("SELECT * FROM " + tableFunction());
            bind(statement, 1);
            return new ResultSetRows(statement.executeQuery(), statement, owned, "Dataset " + ref.uri(), INVALID);
        } catch (SQLException e) {
            throw unreadable(e);
        }
    }

    /** The files' columns, as DuckDB reads them (on {@code duck}, without reading rows). */
    List<DatasetRef.Column> columns(Connection duck) throws TaskFailedException {
        try (PreparedStatement statement = duck.prepareStatement("SELECT * FROM " + tableFunction() + " LIMIT 0")) {
            bind(statement, 1);
            try (java.sql.ResultSet none = statement.executeQuery()) {
                return ResultSetRows.columnsOf(none.getMetaData());
            }
        } catch (SQLException e) {
            throw unreadable(e);
        }
    }

    /** The column names, for checking them before any SQL names them. */
    List<String> checkedColumns(RowSource rows) throws TaskFailedException {
        List<String> names = new ArrayList<>();
        for (String name : rows.columnNames()) {
            names.add(Identifiers.check(name, "column of Dataset " + ref.uri()));
        }
        return names;
    }

    TaskFailedException unreadable(SQLException e) {
        String message = String.valueOf(e.getMessage()).strip().split("\\R")[0];
        return new TaskFailedException(INVALID, "Dataset " + ref.uri() + " (" + ref.format() + ") cannot be read: "
                + message);
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // nothing was read
            }
        }
    }
}
