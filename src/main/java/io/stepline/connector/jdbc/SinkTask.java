package io.stepline.connector.jdbc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
        return write(connection, SinkRequest.of(request.input(), request.idempotencyKey()));
    }

    /** One sink write on a connection of the pool: the task's, and each batch a collector streams ({@link SinkBatches}). */
    static ObjectNode write(Connection connection, SinkRequest sink) throws TaskFailedException {
        String where = "table " + sink.table() + " on connection " + connection.name();
        JdbcPools.Pool pool = JdbcPools.of(connection);
        try (java.sql.Connection jdbc = pool.connect("writing " + where)) {
            return new SinkWrite(jdbc, pool.dialect(), sink).run();
        } catch (SQLException e) {
            throw JdbcErrors.of(e, "writing " + where);
        }
    }
}
