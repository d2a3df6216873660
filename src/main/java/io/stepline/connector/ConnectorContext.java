package io.stepline.connector;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.config.Connection;
import java.nio.file.Path;

/** What connectors may read when binding: configuration, connections, registered objects. */
public interface ConnectorContext {

    /**
     * The name the engine registers its Apache Camel context under:
     * {@code registered(org.apache.camel.CamelContext.class, CAMEL_CONTEXT)} is the context every
     * pipeline of the engine runs in, or null where no engine runs (validating a file alone).
     */
    String CAMEL_CONTEXT = "camel";

    /** The configuration section for a connector (e.g. {@code functions}), or a missing node. */
    JsonNode section(String name);

    /**
     * Looks up a named object registered in code by an embedding application, or by the engine
     * itself (its {@link #CAMEL_CONTEXT}), or null.
     */
    <T> T registered(Class<T> type, String name);

    /**
     * The connection called {@code name} in {@code connections:}, or null. Its secrets are
     * resolved when a setting is read, so read them when the task runs, not when binding.
     */
    Connection connection(String name);

    /**
     * The directory of the definition being bound: files a pipeline ships beside it (a Spark SQL
     * transform, a model) are found relative to it. The working directory for text without a file.
     */
    Path definitionDirectory();
}
