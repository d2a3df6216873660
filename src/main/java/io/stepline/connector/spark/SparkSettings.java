package io.stepline.connector.spark;

import io.stepline.config.Connection;
import io.stepline.config.secret.SecretException;
import io.stepline.connector.ConnectorContext;
import io.stepline.connector.TaskFailedException;
import java.util.Map;

/**
 * Connections a Spark task reads when it runs (never when binding, so secrets are resolved late):
 * the {@code spark} connection for the session, and {@code jdbc} connections for table datasets.
 */
public record SparkSettings(ConnectorContext context) {
    /** The connection whose {@code master} and {@code conf:} start the process's session. */
    public static final String CONNECTION = "spark";

    /** The session's master and conf, secrets resolved; {@code local[*]} with no connection. */
    SessionConfig session() throws TaskFailedException {
        Connection connection = context.connection(CONNECTION);
        if (connection == null) {
            return SessionConfig.LOCAL;
        }
        if (!connection.type().equals("spark")) {
            throw new TaskFailedException("Spark.SessionFailed", "connections." + CONNECTION
                    + " must have type: spark (it is " + connection.type() + ")");
        }
        try {
            String master = connection.setting("master");
            return new SessionConfig(master == null || master.isBlank() ? SessionConfig.LOCAL.master() : master,
                    connection.settings("conf"));
        } catch (SecretException e) {
            throw new TaskFailedException("Spark.SessionFailed", e.getMessage());
        }
    }

    /** A {@code jdbc} connection's URL and driver properties, for {@code jdbc:NAME} datasets. */
    JdbcTarget jdbc(String name, String where) throws TaskFailedException {
        Connection connection = context.connection(name);
        if (connection == null || !connection.type().equals("jdbc")) {
            throw new TaskFailedException("Stepline.InvalidDataset", where + " names jdbc:" + name
                    + ", but connections." + name + " is not a jdbc connection in config/stepline.yaml");
        }
        try {
            java.util.Properties properties = new java.util.Properties();
            properties.putAll(connection.settings("properties"));
            String user = connection.setting("user");
            String password = connection.setting("password");
            if (user != null) {
                properties.setProperty("user", user);
            }
            if (password != null) {
                properties.setProperty("password", password);
            }
            return new JdbcTarget(connection.required("url"), properties);
        } catch (SecretException e) {
            throw new TaskFailedException("Stepline.InvalidDataset", where + ": " + e.getMessage());
        }
    }

    /** Master and Spark properties for the shared session. */
    record SessionConfig(String master, Map<String, String> conf) {
        static final SessionConfig LOCAL = new SessionConfig("local[*]", Map.of());
    }

    /** Where a table dataset lives. */
    record JdbcTarget(String url, java.util.Properties properties) {
    }
}
