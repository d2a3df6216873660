package io.stepline.connector.jdbc;

import java.util.List;

/**
 * Where a loader writes: a table (quoted for SQL, and its parts for DuckDB's appender), the
 * columns in the order the rows carry them, and how many rows go in one batch.
 *
 * @param catalog DuckDB's catalog for the appender ({@code temp} for a staging table), else null
 */
record LoadTarget(String quoted, String catalog, String schema, String table, List<String> columns,
        List<String> quotedColumns, int batchSize) {
}
