package io.stepline.connector.jdbc;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What differs between the databases a sink writes to: identifier quoting, column types, the
 * upsert statement and how a staging table is made inside a transaction. Told from the JDBC URL.
 */
enum Dialect {
    POSTGRES, MYSQL, H2, DUCKDB, OTHER;

    static Dialect of(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:postgresql:")) {
            return POSTGRES;
        }
        if (lower.startsWith("jdbc:mysql:") || lower.startsWith("jdbc:mariadb:")) {
            return MYSQL;
        }
        if (lower.startsWith("jdbc:h2:")) {
            return H2;
        }
        if (lower.startsWith("jdbc:duckdb:")) {
            return DUCKDB;
        }
        return OTHER;
    }

    /**
     * An identifier already checked by {@link Identifiers}, folded as the database folds unquoted
     * names (so {@code orders} is the table a script created as {@code orders}) and quoted so
     * reserved words ({@code order}, {@code user}) work as names.
     */
    String quote(String identifier) {
        return switch (this) {
            case MYSQL -> "`" + identifier + "`";
            case POSTGRES -> "\"" + identifier.toLowerCase(Locale.ROOT) + "\"";
            case H2 -> "\"" + identifier.toUpperCase(Locale.ROOT) + "\"";
            default -> "\"" + identifier + "\"";
        };
    }

    String quoteAll(List<String> identifiers) {
        return identifiers.stream().map(this::quote).collect(Collectors.joining(", "));
    }

    /** The column type for a dataset column's (Spark SQL) type name. */
    String columnType(String sparkType) {
        String type = sparkType == null ? "string" : sparkType.toLowerCase(Locale.ROOT);
        if (type.startsWith("decimal")) {
            return type.toUpperCase(Locale.ROOT);
        }
        return switch (type) {
            case "boolean" -> "BOOLEAN";
            case "byte", "tinyint", "short", "smallint", "int", "integer" -> "INTEGER";
            case "long", "bigint" -> "BIGINT";
            case "float", "real" -> this == MYSQL ? "FLOAT" : "REAL";
            case "double" -> this == MYSQL ? "DOUBLE" : "DOUBLE PRECISION";
            case "date" -> "DATE";
            case "timestamp", "timestamp_ntz" -> this == MYSQL ? "DATETIME(6)" : "TIMESTAMP";
            case "binary" -> switch (this) {
                case POSTGRES -> "BYTEA";
                case MYSQL -> "LONGBLOB";
                default -> "BLOB";
            };
            // MySQL cannot index TEXT without a length: keys and partitions need VARCHAR there
            default -> this == MYSQL ? "VARCHAR(255)" : this == H2 ? "VARCHAR" : "TEXT";
        };
    }

    /**
     * Makes an empty staging table shaped like {@code target}, visible to this transaction only
     * and not committing it (MySQL and H2 commit on ordinary DDL; temporary tables do not).
     */
    String createStage(String stage, String target) {
        return switch (this) {
            case POSTGRES -> "CREATE TEMPORARY TABLE " + stage + " (LIKE " + target + ") ON COMMIT DROP";
            case MYSQL -> "CREATE TEMPORARY TABLE " + stage + " AS SELECT * FROM " + target + " LIMIT 0";
            case H2 -> "CREATE LOCAL TEMPORARY TABLE " + stage + " TRANSACTIONAL AS SELECT * FROM " + target
                    + " WITH NO DATA";
            default -> "CREATE TEMPORARY TABLE " + stage + " AS SELECT * FROM " + target + " LIMIT 0";
        };
    }

    String dropStage(String stage) {
        return (this == MYSQL ? "DROP TEMPORARY TABLE IF EXISTS " : "DROP TABLE IF EXISTS ") + stage;
    }

    /** Inserts the staged rows into the target, updating rows whose keys already exist. */
    String upsertFromStage(String target, String stage, List<String> columns, List<String> keys) {
        String cols = quoteAll(columns);
        List<String> values = columns.stream().filter(c -> !keys.contains(c)).toList();
        return switch (this) {
            case MYSQL -> "INSERT INTO " + target + " (" + cols + ") SELECT " + cols + " FROM " + stage
                    + " ON DUPLICATE KEY UPDATE " + (values.isEmpty() ? quote(keys.get(0)) + " = " + quote(keys.get(0))
                            : values.stream().map(c -> quote(c) + " = VALUES(" + quote(c) + ")")
                                    .collect(Collectors.joining(", ")));
            case H2 -> "MERGE INTO " + target + " t USING " + stage + " s ON (" + keyMatch(keys) + ")"
                    + (values.isEmpty() ? "" : " WHEN MATCHED THEN UPDATE SET " + values.stream()
                            .map(c -> quote(c) + " = s." + quote(c)).collect(Collectors.joining(", ")))
                    + " WHEN NOT MATCHED THEN INSERT (" + cols + ") VALUES (" + columns.stream()
                            .map(c -> "s." + quote(c)).collect(Collectors.joining(", ")) + ")";
            default -> "INSERT INTO " + target + " (" + cols + ") SELECT " + cols + " FROM " + stage
                    + " ON CONFLICT (" + quoteAll(keys) + ") DO " + (values.isEmpty() ? "NOTHING"
                            : "UPDATE SET " + values.stream().map(c -> quote(c) + " = EXCLUDED." + quote(c))
                                    .collect(Collectors.joining(", ")));
        };
    }

    /** How many staged rows already have their keys in the target (they will be updates). */
    String countExisting(String target, String stage, List<String> keys) {
        return "SELECT COUNT(*) FROM " + stage + " s JOIN " + target + " t ON " + keyMatch(keys);
    }

    private String keyMatch(List<String> keys) {
        return keys.stream().map(k -> "t." + quote(k) + " = s." + quote(k)).collect(Collectors.joining(" AND "));
    }
}
