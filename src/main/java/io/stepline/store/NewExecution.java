package io.stepline.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;

/**
 * Everything written when an execution starts: the record, its first events, its root path,
 * and who runs it ({@code owner}, holding a lease until {@code leaseUntil} epoch millis; null
 * for nobody yet).
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
        long leaseUntil) {

    /** An execution nobody runs yet. */
    public NewExecution(String executionArn, String machineName, int machineVersion, String name, String type,
            JsonNode input, Instant startTime, List<StoredEvent> events, PathRecord rootPath) {
        this(executionArn, machineName, machineVersion, name, type, input, startTime, events, rootPath, null, 0);
    }
}
