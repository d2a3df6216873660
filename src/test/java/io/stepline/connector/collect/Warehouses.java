package io.stepline.connector.collect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepline.config.Connections;
import io.stepline.config.secret.Secrets;
import io.stepline.connector.BoundTask;
import io.stepline.connector.ConfiguredContext;
import io.stepline.connector.TaskResource;
import io.stepline.connector.jdbc.JdbcConnector;
import io.stepline.connector.jdbc.Tasks;
import io.stepline.store.jdbc.EmbeddedPostgresServer;
import io.stepline.store.jdbc.StoreSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Real databases a collection streams into or a sink loads a collected dataset into: a DuckDB file, an embedded PostgreSQL. */
enum Warehouses {
    DUCKDB, POSTGRES;

    /** Adds {@code connections.warehouse} for a fresh database of this engine to a collect test's config. */
    ObjectNode addTo(ObjectNode config, String purpose) throws Exception {
        ObjectNode connection = ((ObjectNode) config.path("connections")).putObject("warehouse").put("type", "jdbc");
        if (this == POSTGRES) {
            StoreSettings db = EmbeddedPostgresServer.freshDatabase(purpose);
            connection.put("url", db.url()).put("user", db.user()).put("password", db.password());
        } else {
            Path dir = Files.createTempDirectory("stepline-collect-" + purpose.replaceAll("[^A-Za-z0-9]", "_"));
            connection.put("url", "jdbc:duckdb:" + dir.resolve("warehouse.duckdb").toAbsolutePath());
        }
        return config;
    }

    static BoundTask sink(JsonNode config) throws Exception {
        ConfiguredContext context = new ConfiguredContext(config, Connections.of(config, Secrets.standard()),
                Path.of("").toAbsolutePath());
        return new JdbcConnector().bind(TaskResource.parse("stepline:sink:warehouse"), context);
    }

    /** Rows of a query on the config's warehouse, each as its values' text. */
    static List<List<String>> query(JsonNode config, String sql) throws Exception {
        return Tasks.query(config.path("connections").path("warehouse"), sql);
    }

    static long count(JsonNode config, String table) throws Exception {
        return Long.parseLong(query(config, "SELECT COUNT(*) FROM " + table).get(0).get(0));
    }
}
