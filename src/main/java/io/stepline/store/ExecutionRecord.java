package io.stepline.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/**
 * An execution as DescribeExecution shows it. {@code input}/{@code output} are read back in full
 * even when stored out of line; {@code stopTime}, {@code output}, {@code error} and
 * {@code cause} are null until it ends. {@code contextMembers} are the members its starter added
 * to its context object (a scheduled run's {@code Schedule}), null for none.
 */
public record ExecutionRecord(
        String executionArn,
        String machineName,
        int machineVersion,
        String name,
        String type,
        ExecutionStatus status,
        JsonNode input,
        JsonNode output,
        String error,
        String cause,
        Instant startTime,
        Instant stopTime,
        int redriveCount,
        Instant redriveTime,
        ObjectNode contextMembers) {

    /** An execution with nothing added to its context object. */
    public ExecutionRecord(String executionArn, String machineName, int machineVersion, String name, String type,
            ExecutionStatus status, JsonNode input, JsonNode output, String error, String cause, Instant startTime,
            Instant stopTime, int redriveCount, Instant redriveTime) {
        this(executionArn, machineName, machineVersion, name, type, status, input, output, error, cause, startTime,
                stopTime, redriveCount, redriveTime, null);
    }
}
