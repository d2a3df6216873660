package io.stepline.connector.scoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepline.json.Json;

/**
 * A model: its name (as the resource gives it), where it is stored (a local path or any Hadoop
 * URI) and the version the configuration gives it (null when none).
 */
public record ModelRef(String name, String location, String version) {

    /** The same model at another location or version, as a task's {@code model} field asks. */
    ModelRef overriddenBy(JsonNode override) {
        if (override == null || !override.isObject()) {
            return this;
        }
        return new ModelRef(name, override.path("location").asText(location),
                override.has("version") ? override.path("version").asText(null) : version);
    }

    ObjectNode toJson() {
        ObjectNode json = Json.NODES.objectNode();
        json.put("name", name);
        json.put("version", version);
        json.put("location", location);
        return json;
    }
}
