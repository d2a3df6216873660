package io.stepline.engine;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.config.Connection;
import io.stepline.config.Connections;
import io.stepline.connector.ConnectorContext;
import io.stepline.connector.function.LocalFunction;
import io.stepline.json.Json;
import java.nio.file.Path;
import java.util.Map;
import org.apache.camel.CamelContext;

/**
 * What connectors see when binding one definition: the configuration, its connections, the
 * functions registered in code, the engine's Camel context (null when only validating), and the
 * definition's directory.
 */
record EngineContext(JsonNode config, Connections connections, Map<String, LocalFunction> functions,
        CamelContext camel, Path definitionDirectory) implements ConnectorContext {

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
        if (type == CamelContext.class && CAMEL_CONTEXT.equals(name)) {
            return type.cast(camel);
        }
        return null;
    }

    @Override
    public Connection connection(String name) {
        return connections.find(name);
    }
}
