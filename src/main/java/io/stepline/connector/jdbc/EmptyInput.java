package io.stepline.connector.jdbc;

import io.stepline.connector.DatasetRef.Column;
import io.stepline.connector.TaskFailedException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

/**
 * An input without rows: {@code Records: []}, a Dataset whose pattern matches no file (a Parquet
 * directory holding only {@code _SUCCESS}), or files without a data row (the empty JSON Lines
 * file a collector writes when nothing was new, a CSV with only its header). DuckDB's readers
 * cannot read those (an empty JSON file reads as one column named {@code json}), so the sink
 * writes no rows without reading them. The columns are the DatasetRef's schema, else a CSV's
 * header, else unknown (null): writing no rows needs none, creating the table does.
 */
record EmptyInput(List<Column> columns) {
    /** Text files larger than this are taken to hold rows without being read. */
    private static final long SMALL = 64 * 1024;

    /** The empty input, or null when there may be rows to write. */
    static EmptyInput of(SinkRequest request, FileDataset files) throws TaskFailedException {
        if (files == null) {
            return request.records().isArray() && request.records().isEmpty() ? new EmptyInput(null) : null;
        }
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:")) {
            List<Path> found = files.files(duck);
            for (Path file : found) {
                if (!holdsNoRows(file, files)) {
                    return null;
                }
            }
            List<Column> schema = files.ref().schema();
            if (schema != null && !schema.isEmpty()) {
                return new EmptyInput(schema);
            }
            boolean header = files.ref().format().equals("csv") && found.stream().anyMatch(EmptyInput::hasText);
            return new EmptyInput(header ? files.columns(duck) : null);
        } catch (SQLException e) {
            throw files.unreadable(e);
        }
    }

    private static boolean holdsNoRows(Path file, FileDataset files) {
        try {
            long size = Files.size(file);
            String format = files.ref().format();
            if (size == 0) {
                return true;
            }
            if (format.equals("parquet") || size > SMALL) {
                return false; // a Parquet file without rows still has its schema: DuckDB reads it
            }
            List<String> lines = readLines(file).stream().filter(line -> !line.isBlank()).toList();
            if (format.equals("csv")) {
                return lines.size() <= (files.hasHeader() ? 1 : 0);
            }
            return lines.isEmpty() || (lines.size() == 1 && lines.get(0).strip().equals("[]"));
        } catch (IOException | UncheckedIOException e) {
            return false; // not UTF-8 or not gzip after all: DuckDB's reader decides
        }
    }

    /**
     * The file's lines, decompressed when its name ends in {@code .gz}: an empty {@code .jsonl.gz}
     * (a gzip stream without a record) is 20 bytes of header, not an empty file, and DuckDB reads
     * it as one column named {@code json} like an empty plain file. Only small files come here.
     */
    private static List<String> readLines(Path file) throws IOException {
        if (!file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".gz")) {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        }
        try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(file));
                var reader = new java.io.BufferedReader(new java.io.InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().filter(line -> !line.isBlank()).limit(3).toList(); // enough to tell no rows from some
        }
    }

    private static boolean hasText(Path file) {
        try {
            return Files.size(file) > 0;
        } catch (IOException e) {
            return false;
        }
    }
}
