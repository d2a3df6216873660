package io.stepline.store.jdbc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One embedded PostgreSQL per JVM (test run or benchmark), started on first use (~3 s) and
 * stopped at exit; each caller gets its own fresh database on it.
 */
public final class EmbeddedPostgresServer {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final Map<String, String> SERVER_CONFIG = new LinkedHashMap<>();
    private static EmbeddedPostgres server;

    private EmbeddedPostgresServer() {
    }

    /** A new, empty database on the shared server, as store settings (user postgres, trust auth). */
    public static StoreSettings freshDatabase(String purpose) {
        String name = (purpose.replaceAll("[^A-Za-z0-9]", "_") + "_" + DATABASES.incrementAndGet()).toLowerCase();
        EmbeddedPostgres postgres = server();
        try (Connection admin = postgres.getPostgresDatabase().getConnection();
                Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name, e);
        }
        return StoreSettings.of(postgres.getJdbcUrl("postgres", name), "postgres", "");
    }

    /**
     * Sets a server parameter before the server starts. The embedded server runs with
     * {@code fsync=off} by default (fast tests); the benchmark turns it on to measure what a
     * production server does.
     */
    public static synchronized void configure(String parameter, String value) {
        if (server != null) {
            throw new IllegalStateException("the embedded PostgreSQL is already running");
        }
        SERVER_CONFIG.put(parameter, value);
    }

    public static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setRegisterShutdownHook(false);
                SERVER_CONFIG.forEach(builder::setServerConfig);
                server = builder.start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedPostgresServer::stop, "embedded-postgres-stop"));
        }
        return server;
    }

    private static synchronized void stop() {
        if (server != null) {
            try {
                server.close();
            } catch (IOException e) {
                // the JVM is exiting; the temporary data directory is all that is left behind
            }
            server = null;
        }
    }
}
