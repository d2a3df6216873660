package io.stepline.bench;

import io.stepline.store.jdbc.EmbeddedPostgresServer;
import io.stepline.store.jdbc.StoreSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The database a durable benchmark runner writes to, and the plain JDBC connections its raw
 * floor uses on the same database: embedded H2 in a fresh file, or a fresh database on the
 * embedded PostgreSQL with {@code fsync=on} and {@code synchronous_commit=on}, as a production
 * server runs (the tests run it with both off).
 */
enum DurableDatabase {
    H2("h2"),
    POSTGRES("postgres");

    /** The raw floor's scratch table: one small row per insert. */
    static final String RAW_TABLE = "CREATE TABLE bench_raw (id BIGINT PRIMARY KEY, note VARCHAR(100))";
    static final String RAW_INSERT = "INSERT INTO bench_raw (id, note) VALUES (?, ?)";

    private final String label;

    DurableDatabase(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    static DurableDatabase of(String label) {
        for (DurableDatabase database : values()) {
            if (database.label.equals(label)) {
                return database;
            }
        }
        throw new IllegalArgumentException("database is h2 or postgres, not " + label);
    }

    /** A fresh, empty store location (H2 under {@code scratch}, which must be new or empty). */
    StoreSettings fresh(Path scratch) throws IOException {
        return switch (this) {
            case H2 -> StoreSettings.embedded(Files.createDirectories(scratch).toAbsolutePath().resolve("stepline"));
            case POSTGRES -> {
                // As a production server runs: a commit returns once the WAL is on the disk (the
                // embedded server's defaults, fsync and synchronous_commit off, suit tests only).
                EmbeddedPostgresServer.configure("fsync", "on");
                EmbeddedPostgresServer.configure("synchronous_commit", "on");
                yield EmbeddedPostgresServer.freshDatabase("durable");
            }
        };
    }

    /** A plain JDBC connection (autocommit) to the same database as the store. */
    static Connection connect(StoreSettings settings) throws SQLException {
        return DriverManager.getConnection(settings.url(), settings.user(), settings.password());
    }

    /** What the figures depend on: H2's commit options, or PostgreSQL's durability settings. */
    String describe(StoreSettings settings) throws SQLException {
        if (this == H2) {
            return "H2 " + org.h2.engine.Constants.VERSION + " file (through async:, as the store opens it),"
                    + " WRITE_DELAY=0 (each commit written to the file, no fsync)";
        }
        try (Connection connection = connect(settings)) {
            return "PostgreSQL " + setting(connection, "server_version") + " embedded, fsync="
                    + setting(connection, "fsync") + ", synchronous_commit=" + setting(connection, "synchronous_commit")
                    + ", wal_sync_method=" + setting(connection, "wal_sync_method");
        }
    }

    private static String setting(Connection connection, String name) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SHOW " + name)) {
            return row.next() ? row.getString(1) : "?";
        }
    }
}
