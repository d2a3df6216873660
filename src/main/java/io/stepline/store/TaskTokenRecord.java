package io.stepline.store;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A callback task's token ({@code .waitForTaskToken}): which path waits for it, its status and,
 * once completed, the output or the error and cause.
 */
public record TaskTokenRecord(String token, String executionArn, String pathId, TokenStatus status,
        JsonNode output, String error, String cause, Long heartbeatDeadline) {

    public enum TokenStatus { WAITING, SUCCEEDED, FAILED }
}
