package io.stepline.connector.jdbc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepline.config.Connection;
import io.stepline.connector.BoundTask;
import io.stepline.connector.TaskFailedException;
import io.stepline.connector.TaskRequest;
import io.stepline.json.Json;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * {@code stepline:sql:CONNECTION}: runs statements with bound parameters. A query returns its
 * rows as JSON (at most MaxRows: a bigger result belongs in a dataset, through Export); any other
 * statement returns its update count.
 */
final class SqlTask implements BoundTask {
    static final String TOO_MANY_ROWS = "Jdbc.TooManyRows";
    private final Connection connection;

    SqlTask(Connection connection) {
        this.connection = connection;
    }

    @Override
    public String resourceType() {
        return "stepline-sql";
    }

    @Override
    public String resourceName() {
        return connection.name();
    }

    @Override
    public JsonNode invoke(TaskRequest request) throws TaskFailedException {
        SqlRequest sql = SqlRequest.of(request.input());
        String where = "connection " + connection.name();
        JdbcPools.Pool pool = JdbcPools.of(connection);
        try (java.sql.Connection jdbc = pool.connect("connecting to " + where)) {
            if (sql.exportUri() != null) {
                try (PreparedStatement statement = prepare(jdbc, sql, sql.statements().get(0))) {
                    return QueryExport.write(statement.executeQuery(), sql.exportUri(), sql.exportFormat());
                }
            }
            if (!sql.several()) {
                return run(jdbc, sql, sql.statements().get(0));
            }
            ObjectNode result = Json.NODES.objectNode();
            ArrayNode results = result.putArray("results");
            jdbc.setAutoCommit(false);
            try {
                for (String statement : sql.statements()) {
                    results.add(run(jdbc, sql, statement));
                }
                jdbc.commit();
            } catch (SQLException | TaskFailedException | RuntimeException e) {
                jdbc.rollback();
                throw e;
            } finally {
                jdbc.setAutoCommit(true);
            }
            return result;
        } catch (SQLException e) {
            throw JdbcErrors.of(e, "running SQL on " + where);
        }
    }

    private JsonNode run(java.sql.Connection jdbc, SqlRequest sql, String text)
            throws SQLException, TaskFailedException {
        try (PreparedStatement statement = prepare(jdbc, sql, text)) {
            statement.setMaxRows(sql.maxRows() + 1);
            ObjectNode result = Json.NODES.objectNode();
            if (!statement.execute()) {
                result.put("updateCount", statement.getUpdateCount());
                return result;
            }
            ArrayNode rows = result.putArray("rows");
            try (ResultSet set = statement.getResultSet();
                    ResultSetRows values = new ResultSetRows(set, null, null, "query", JdbcErrors.OTHER)) {
                List<String> columns = values.columnNames();
                while (values.next()) {
                    if (rows.size() == sql.maxRows()) {
                        throw new TaskFailedException(TOO_MANY_ROWS, "the query on connection " + connection.name()
                                + " returned more than MaxRows (" + sql.maxRows() + ") rows: results this big travel"
                                + " by reference; give Export {\"Uri\": ..., \"Format\": \"parquet\"} to write them to a"
                                + " dataset, or raise MaxRows");
                    }
                    ObjectNode row = rows.addObject();
                    for (int c = 0; c < columns.size(); c++) {
                        JsonValues.put(row, columns.get(c), values.value(c));
                    }
                }
            }
            result.put("rowCount", rows.size());
            return result;
        }
    }

    private static PreparedStatement prepare(java.sql.Connection jdbc, SqlRequest sql, String text)
            throws SQLException, TaskFailedException {
        JsonNode parameters = sql.parameters();
        NamedSql named = parameters.isArray() ? new NamedSql(text, List.of()) : NamedSql.parse(text);
        PreparedStatement statement = jdbc.prepareStatement(named.jdbc());
        try {
            if (sql.timeoutSeconds() > 0) {
                statement.setQueryTimeout(sql.timeoutSeconds());
            }
            if (parameters.isArray()) {
                for (int i = 0; i < parameters.size(); i++) {
                    statement.setObject(i + 1, JsonValues.toParameter(parameters.get(i)));
                }
            } else {
                for (int i = 0; i < named.names().size(); i++) {
                    String name = named.names().get(i);
                    if (!parameters.has(name)) {
                        throw new TaskFailedException(SinkRequest.INVALID, "the statement uses :" + name
                                + " but Parameters has no field '" + name + "'");
                    }
                    statement.setObject(i + 1, JsonValues.toParameter(parameters.get(name)));
                }
            }
            return statement;
        } catch (SQLException | TaskFailedException e) {
            statement.close();
            throw e;
        }
    }
}
