package io.stepline.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;

/** Everything written when an execution starts: the record, its first events and its root path. */
public record NewExecution(
        String executionArn,
        String machineName,
        int machineVersion,
        String name,
        String type,
        JsonNode input,
        Instant startTime,
        List<StoredEvent> events,
        PathRecord rootPath) {
}
