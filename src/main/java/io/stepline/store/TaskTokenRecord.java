package io.stepline.store;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A callback task's token ({@code .waitForTaskToken}): which path waits for it, its status and,
 * once completed, the output or the error and cause.
 */
public record TaskTokenRecord(String token, String executionArn, String pathId, TokenStatus status,
        JsonNode output, String error, String cause, Long heartbeatDeadline) {

    /**
     * WAITING from before its task runs until answered; SUCCEEDED or FAILED once answered (kept
     * until the path takes the answer); CLOSED when its attempt ended without an answer (timed
     * out, retried, caught, stopped) or its execution ended. Only a WAITING token is ever
     * updated: an answer is never overwritten, and a late one gets TaskTimedOut.
     */
    public enum TokenStatus { WAITING, SUCCEEDED, FAILED, CLOSED }
}
