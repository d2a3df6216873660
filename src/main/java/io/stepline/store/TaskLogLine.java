package io.stepline.store;

/**
 * One log line a task wrote while it ran: which execution, state and attempt (0 = first), when
 * (epoch millis), the level and the message (secrets already masked).
 */
public record TaskLogLine(String executionArn, String state, int attempt, long timestamp, String level,
        String message) {
}
