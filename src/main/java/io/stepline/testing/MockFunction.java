package io.stepline.testing;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.connector.TaskControl;
import io.stepline.connector.TaskFailedException;
import io.stepline.connector.function.LocalFunction;
import java.time.Duration;

/**
 * A Lambda function stand-in: {@code {"echo": true}} returns its payload, {@code {"return": X}}
 * returns X, {@code {"throw": {"error": E, "cause": C}}} fails with exactly E and C; each may wait
 * {@code delaySeconds} first (on the execution's timeline, so a task time-out can cut it short).
 */
public record MockFunction(JsonNode spec) implements LocalFunction {

    @Override
    public JsonNode handle(JsonNode payload, TaskControl control) throws Exception {
        long delay = spec.path("delaySeconds").asLong(0);
        if (delay > 0) {
            control.sleep(Duration.ofSeconds(delay));
        }
        if (spec.has("throw")) {
            JsonNode failure = spec.get("throw");
            throw new TaskFailedException(failure.path("error").asText(null),
                    failure.hasNonNull("cause") ? failure.get("cause").asText() : null);
        }
        if (spec.has("return")) {
            return spec.get("return");
        }
        if (spec.path("echo").asBoolean(false)) {
            return payload;
        }
        throw new IllegalArgumentException("a mock needs one of echo, return or throw: " + spec);
    }
}
