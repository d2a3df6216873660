package io.stepline.connector.spark;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.config.ConfigException;
import io.stepline.config.Connection;
import io.stepline.config.Connections;
import io.stepline.config.secret.Secrets;
import io.stepline.connector.ConnectorContext;
import io.stepline.connector.TaskControl;
import io.stepline.json.Json;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

/** Connector contexts and task controls for calling connectors directly in tests. */
final class TestContexts {
    private TestContexts() {
    }

    static ConnectorContext empty(Path directory) {
        return of(Json.NODES.objectNode(), directory);
    }

    static ConnectorContext of(JsonNode config, Path directory) {
        Connections connections;
        try {
            connections = Connections.of(config, Secrets.standard());
        } catch (ConfigException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
        return new ConnectorContext() {
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

            @Override
            public Path definitionDirectory() {
                return directory;
            }
        };
    }

    /** A control whose cancellation the test sets. */
    static final class Control implements TaskControl {
        final AtomicBoolean cancelled = new AtomicBoolean();

        @Override
        public void sleep(Duration duration) throws InterruptedException {
            Thread.sleep(duration.toMillis());
        }

        @Override
        public void heartbeat() {
        }

        @Override
        public boolean isCancelled() {
            return cancelled.get();
        }
    }
}
