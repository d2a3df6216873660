package io.stepline.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;

/**
 * Everything written when an execution starts: the record, its first events, its root path,
 * who runs it ({@code owner}, holding a lease until {@code leaseUntil} epoch millis; null
 * for nobody yet) and the members its starter adds to its context object (null for none).
 */
public record NewExecution(
        String executionArn,
        String machineName,
        int machineVersion,
        String name,
        String type,
        JsonNode input,
        Instant startTime,
        List<StoredEvent> events,
        PathRecord rootPath,
        String owner,
        long leaseUntil,
        ObjectNode contextMembers) {

    public NewExecution(String executionArn, String machineName, int machineVersion, String name, String type,
            JsonNode input, Instant startTime, List<StoredEvent> events, PathRecord rootPath, String owner,
            long leaseUntil) {
        this(executionArn, machineName, machineVersion, name, type, input, startTime, events, rootPath, owner,
                leaseUntil, null);
    }

    /** An execution nobody runs yet. */
    public NewExecution(String executionArn, String machineName, int machineVersion, String name, String type,
            JsonNode input, Instant startTime, List<StoredEvent> events, PathRecord rootPath) {
        this(executionArn, machineName, machineVersion, name, type, input, startTime, events, rootPath, null, 0, null);
    }
}
