package io.stepline.engine;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.connector.ConnectorContext;
import io.stepline.connector.function.LocalFunction;
import io.stepline.json.Json;
import java.util.Map;

/** What connectors see when binding: the configuration and the functions registered in code. */
record EngineContext(JsonNode config, Map<String, LocalFunction> functions) implements ConnectorContext {

    @Override
    public JsonNode section(String name) {
        JsonNode section = config == null ? null : config.get(name);
        return section == null ? Json.NODES.missingNode() : section;
    }

    @Override
    public <T> T registered(Class<T> type, String name) {
        if (type == LocalFunction.class) {
            return type.cast(functions.get(name));
        }
        return null;
    }
}
