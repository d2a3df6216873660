package io.stepline.connector.spark;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.config.ConfigException;
import io.stepline.config.Connections;
import io.stepline.config.secret.Secrets;
import io.stepline.connector.ConfiguredContext;
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
        return new ConfiguredContext(config, connections, directory);
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
