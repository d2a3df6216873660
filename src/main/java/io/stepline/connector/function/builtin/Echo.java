package io.stepline.connector.function.builtin;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.connector.TaskControl;
import io.stepline.connector.function.LocalFunction;

/** Returns its payload: the smallest useful function, for examples and smoke tests. */
public final class Echo implements LocalFunction {
    @Override
    public JsonNode handle(JsonNode payload, TaskControl control) {
        return payload;
    }
}
