package io.stepline.definition;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Runs the work named by {@code resource}. Timeouts are null when not set (AWS's default task
 * timeout is the machine's); they come literally, from a path, or from JSONata.
 */
public record TaskState(
        StateInfo info,
        DataFlow io,
        String resource,
        JsonNode credentials,
        ValueSource timeoutSeconds,
        ValueSource heartbeatSeconds,
        List<Retrier> retry,
        List<Catcher> catchers,
        Transition transition) implements State, Transitioning, Recoverable {
}
