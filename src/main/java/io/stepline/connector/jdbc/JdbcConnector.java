package io.stepline.connector.jdbc;

import io.stepline.config.Connection;
import io.stepline.connector.BindingException;
import io.stepline.connector.BoundTask;
import io.stepline.connector.ConnectorContext;
import io.stepline.connector.TaskConnector;
import io.stepline.connector.TaskResource;

/** Binds {@code stepline:sink:CONNECTION} and {@code stepline:sql:CONNECTION} to a jdbc connection. */
public final class JdbcConnector implements TaskConnector {

    @Override
    public String name() {
        return "jdbc";
    }

    @Override
    public BoundTask bind(TaskResource resource, ConnectorContext context) throws BindingException {
        String base = resource.base();
        String sink = resource.steplineName("sink");
        if (sink != null) {
            return new SinkTask(connection(base, sink, context));
        }
        String sql = resource.steplineName("sql");
        if (sql != null) {
            return new SqlTask(connection(base, sql, context));
        }
        return null;
    }

    /** The named jdbc connection; its settings (and secrets) are read only when the task runs. */
    private static Connection connection(String resource, String name, ConnectorContext context)
            throws BindingException {
        Connection connection = name.isEmpty() ? null : context.connection(name);
        if (connection == null) {
            throw new BindingException("no connection named '" + name + "' for " + resource + ": add it under"
                    + " 'connections:' in config/stepline.yaml (" + name + ": {type: jdbc, url: jdbc:...})");
        }
        if (!connection.type().equals("jdbc")) {
            throw new BindingException("connection '" + name + "' for " + resource + " is of type "
                    + connection.type() + ", not jdbc: a sink or sql task needs a database (type: jdbc, url: jdbc:...)");
        }
        return connection;
    }
}
