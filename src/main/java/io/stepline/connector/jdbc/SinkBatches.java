package io.stepline.connector.jdbc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepline.config.Connection;
import io.stepline.connector.ConnectorContext;
import io.stepline.connector.TaskFailedException;
import io.stepline.json.Json;
import java.util.List;
import java.util.Set;

/**
 * A sink written batch after batch by another task (a collector streaming pages into a table):
 * each batch is one ordinary sink write of {@code Records} (same modes, loaders, ledger and
 * errors as {@code stepline:sink}), committed on its own. Append batches are recorded in the
 * ledger under the caller's run key for the batch, so a batch written again after a crash is
 * skipped. {@code replace_partition} replaces the partition with the first batch and appends the
 * others into it (through the ledger too), so a partition is emptied once per collection.
 */
public final class SinkBatches {
    /** The sink's parameters a stream may give; the rows come from the stream, the run keys from its batches. */
    private static final Set<String> KNOWN = Set.of("Table", "Mode", "Keys", "Partition", "CreateTable", "BatchSize");
    private final Connection connection;
    private final SinkRequest request;

    private SinkBatches(Connection connection, SinkRequest request) {
        this.connection = connection;
        this.request = request;
    }

    /**
     * Checks the sink's parameters before any record is fetched.
     *
     * @param where what the parameters are, for messages (e.g. {@code Sink of stepline:collect:crm})
     * @throws TaskFailedException {@code Jdbc.InvalidParameters} naming what is wrong
     */
    public static SinkBatches of(ConnectorContext context, String connectionName, JsonNode parameters, String where)
            throws TaskFailedException {
        Connection connection = connectionName == null ? null : context.connection(connectionName);
        String problem = JdbcConnector.problem(connection, connectionName, "in " + where);
        if (problem != null) {
            throw new TaskFailedException(SinkRequest.INVALID, problem);
        }
        ObjectNode input = Json.NODES.objectNode();
        for (var field : parameters.properties()) {
            if (!KNOWN.contains(field.getKey())) {
                throw new TaskFailedException(SinkRequest.INVALID, where + ": unknown field '" + field.getKey()
                        + "'; a streamed sink takes " + KNOWN.stream().sorted().toList() + " (its rows are the records)");
            }
            input.set(field.getKey(), field.getValue());
        }
        input.putArray("Records"); // each batch's records replace these, and its run key the (absent) default
        return new SinkBatches(connection, SinkRequest.of(input, null));
    }

    /**
     * Writes one batch in its own transaction.
     *
     * @param runKey the batch's ledger key: the same for the same batch of the same run, and no other
     * @param first  whether this is the collection's first batch (the one that replaces a partition)
     * @return the sink's result for the batch ({@code rowsWritten}, {@code alreadyWritten}...)
     */
    public ObjectNode write(List<JsonNode> records, String runKey, boolean first) throws TaskFailedException {
        ArrayNode rows = Json.NODES.arrayNode().addAll(records);
        SinkMode mode = request.mode() == SinkMode.REPLACE_PARTITION && !first ? SinkMode.APPEND : request.mode();
        return SinkTask.write(connection, new SinkRequest(request.table(), mode, request.keys(), request.partitionColumn(),
                request.partitionValue(), request.createTable(), request.batchSize(), null, rows, runKey));
    }

    /** Whether a collection without records must still write (an empty batch that empties the partition). */
    public boolean writesWhenEmpty() {
        return request.mode() == SinkMode.REPLACE_PARTITION;
    }

    /** The table and mode, for the result: {@code {"connection", "table", "mode"}}. */
    public ObjectNode describe() {
        ObjectNode json = Json.NODES.objectNode().put("connection", connection.name())
                .put("table", request.table().toString()).put("mode", request.mode().text());
        if (request.partitionColumn() != null) {
            json.putObject("partition").put("column", request.partitionColumn())
                    .put("value", String.valueOf(request.partitionValue()));
        }
        return json;
    }
}
