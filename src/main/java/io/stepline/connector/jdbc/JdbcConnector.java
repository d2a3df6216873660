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
        String problem = problem(connection, name, "for " + resource);
        if (problem != null) {
            throw new BindingException(problem + ": a sink or sql task needs a database (type: jdbc, url: jdbc:...)");
        }
        return connection;
    }

    /** What is wrong with {@code connection} (found by {@code name}, used {@code where}) for a jdbc task, or null. */
    static String problem(Connection connection, String name, String where) {
        if (connection == null) {
            return "no connection named '" + name + "' " + where + ": add it under 'connections:' in"
                    + " config/stepline.yaml (" + name + ": {type: jdbc, url: jdbc:...})";
        }
        if (!connection.type().equals("jdbc")) {
            return "connection '" + name + "' " + where + " is of type " + connection.type() + ", not jdbc";
        }
        return null;
    }
}
