package io.stepline.connector.jdbc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepline.config.Connections;
import io.stepline.config.secret.Secrets;
import io.stepline.connector.BindingException;
import io.stepline.connector.BoundTask;
import io.stepline.connector.ConfiguredContext;
import io.stepline.connector.ConnectorContext;
import io.stepline.connector.TaskControl;
import io.stepline.connector.TaskRequest;
import io.stepline.connector.TaskResource;
import io.stepline.json.Json;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Binds jdbc tasks against one test connection and runs them as the engine would (also used by
 * the sink benchmark).
 */
public final class Tasks {
    public static final TaskControl CONTROL = new TaskControl() {
        @Override
        public void sleep(Duration duration) throws InterruptedException {
            Thread.sleep(duration.toMillis());
        }

        @Override
        public void heartbeat() {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    final Connections connections;
    final JsonNode settings;

    Tasks(String name, JsonNode connection) throws Exception {
        ObjectNode config = Json.NODES.objectNode();
        config.putObject("connections").set(name, connection);
        this.connections = Connections.of(config, Secrets.standard());
        this.settings = connection;
    }

    BoundTask bind(String resource) throws BindingException {
        return new JdbcConnector().bind(TaskResource.parse(resource), context(connections));
    }

    public static ConnectorContext context(Connections connections) {
        return new ConfiguredContext(Json.NODES.objectNode(), connections, Path.of("").toAbsolutePath());
    }

    static JsonNode run(BoundTask task, String input, String key) throws Exception {
        return task.invoke(new TaskRequest(Json.parse(input), key, CONTROL));
    }

    /** Rows of a query on the test database, each as a list of its values as text. */
    List<List<String>> query(String sql) throws Exception {
        return query(settings, sql);
    }

    /** Rows of a query on the database of a {@code type: jdbc} connection's settings, each as its values' text. */
    public static List<List<String>> query(JsonNode connection, String sql) throws Exception {
        try (java.sql.Connection jdbc = DriverManager.getConnection(connection.path("url").asText(),
                connection.path("user").asText(null), connection.path("password").asText(null));
                Statement statement = jdbc.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            List<List<String>> result = new ArrayList<>();
            while (rows.next()) {
                List<String> row = new ArrayList<>();
                for (int c = 1; c <= rows.getMetaData().getColumnCount(); c++) {
                    row.add(rows.getString(c));
                }
                result.add(row);
            }
            return result;
        }
    }
}
