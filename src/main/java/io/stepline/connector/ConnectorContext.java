package io.stepline.connector;

import com.fasterxml.jackson.databind.JsonNode;

/** What connectors may read when binding: their section of the configuration. */
public interface ConnectorContext {

    /** The configuration section for a connector (e.g. {@code functions}), or a missing node. */
    JsonNode section(String name);

    /** Looks up a named object registered in code by an embedding application, or null. */
    <T> T registered(Class<T> type, String name);
}
