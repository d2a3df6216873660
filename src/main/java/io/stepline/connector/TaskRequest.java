package io.stepline.connector;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One attempt of a task: its effective input, an idempotency key that is the same whenever the
 * engine re-runs this attempt (execution, state, attempt), and the attempt's controls.
 */
public record TaskRequest(JsonNode input, String idempotencyKey, TaskControl control) {
}
