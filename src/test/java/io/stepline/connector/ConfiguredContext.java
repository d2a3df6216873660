package io.stepline.connector;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.config.Connection;
import io.stepline.config.Connections;
import java.nio.file.Path;

/**
 * A {@link ConnectorContext} for connector tests that bind tasks without an engine: a
 * configuration tree, its connections and the directory a definition would be in.
 */
public record ConfiguredContext(JsonNode config, Connections connections, Path definitionDirectory)
        implements ConnectorContext {

    @Override
    public JsonNode section(String name) {
        return config.path(name);
    }

    @Override
    public <T> T registered(Class<T> type, String name) {
        return null;
    }

    @Override
    public Connection connection(String name) {
        return connections.find(name);
    }
}
