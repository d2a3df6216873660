package io.stepline.connector.jdbc;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepline.json.Json;
import io.stepline.store.jdbc.EmbeddedPostgresServer;
import io.stepline.store.jdbc.StoreSettings;
import java.nio.file.Files;
import java.nio.file.Path;

/** The real databases sink tests write to, each a fresh database as a {@code type: jdbc} connection. */
enum Engines {
    POSTGRES, H2, DUCKDB, MARIADB;

    /** A {@code connections:} entry for a fresh database of this engine. */
    ObjectNode freshConnection(String purpose) throws Exception {
        ObjectNode connection = Json.NODES.objectNode().put("type", "jdbc");
        switch (this) {
            case POSTGRES -> {
                StoreSettings db = EmbeddedPostgresServer.freshDatabase(purpose);
                connection.put("url", db.url()).put("user", db.user()).put("password", db.password());
            }
            case H2 -> connection.put("url", "jdbc:h2:file:" + scratch(purpose).resolve("db").toAbsolutePath());
            case DUCKDB -> connection.put("url", "jdbc:duckdb:" + scratch(purpose).resolve("db.duckdb").toAbsolutePath());
            case MARIADB -> connection.put("url", MariaDbServer.freshDatabase(purpose)).put("user", "root");
        }
        return connection;
    }

    private static Path scratch(String purpose) throws Exception {
        Path dir = Files.createTempDirectory("stepline-sink-" + purpose.replaceAll("[^A-Za-z0-9]", "_"));
        dir.toFile().deleteOnExit();
        return dir;
    }
}
