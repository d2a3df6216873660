package io.stepline.runtime.error;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepline.json.Json;
import java.util.List;

/** A state's Catch list: the first handler that matches a non-terminal error takes it. */
public final class CatchPolicy {
    public static final CatchPolicy NONE = new CatchPolicy(List.of());

    private final List<CatchHandler> handlers;

    public CatchPolicy(List<CatchHandler> handlers) {
        this.handlers = List.copyOf(handlers);
    }

    /** The handler for this error, or null when the error goes up. */
    public CatchHandler find(String error) {
        if (ErrorNames.isTerminal(error)) {
            return null;
        }
        for (CatchHandler handler : handlers) {
            if (handler.matches(error)) {
                return handler;
            }
        }
        return null;
    }

    /** AWS's error output: a missing error or cause shows as an empty string. */
    public static JsonNode errorOutput(StateFailure failure) {
        ObjectNode output = Json.NODES.objectNode();
        output.put("Error", failure.error() == null ? "" : failure.error());
        output.put("Cause", failure.cause() == null ? "" : failure.cause());
        return output;
    }
}
