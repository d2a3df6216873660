package io.stepline.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * An execution as DescribeExecution shows it. {@code input}/{@code output} are read back in full
 * even when stored out of line; {@code stopTime}, {@code output}, {@code error} and
 * {@code cause} are null until it ends.
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
        Instant redriveTime) {
}
