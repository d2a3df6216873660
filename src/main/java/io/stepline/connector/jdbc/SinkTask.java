package io.stepline.connector.jdbc;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.config.Connection;
import io.stepline.connector.BoundTask;
import io.stepline.connector.TaskFailedException;
import io.stepline.connector.TaskRequest;
import java.sql.SQLException;

/** {@code stepline:sink:CONNECTION}: writes a dataset or the state's records into a table. */
final class SinkTask implements BoundTask {
    private final Connection connection;

    SinkTask(Connection connection) {
        this.connection = connection;
    }

    @Override
    public String resourceType() {
        return "stepline-sink";
    }

    @Override
    public String resourceName() {
        return connection.name();
    }

    @Override
    public JsonNode invoke(TaskRequest request) throws TaskFailedException {
        SinkRequest sink = SinkRequest.of(request.input(), request.idempotencyKey());
        String where = "table " + sink.table() + " on connection " + connection.name();
        JdbcPools.Pool pool = JdbcPools.of(connection);
        try (java.sql.Connection jdbc = pool.connect("writing " + where)) {
            return new SinkWrite(jdbc, pool.dialect(), sink).run();
        } catch (SQLException e) {
            throw JdbcErrors.of(e, "writing " + where);
        }
    }
}
