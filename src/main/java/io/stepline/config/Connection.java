package io.stepline.config;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.config.secret.SecretException;
import io.stepline.config.secret.Secrets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One named connection from the {@code connections:} section: a database, a Spark master, an HTTP
 * base, an S3-compatible endpoint. Settings are kept as written (with their secret references) and
 * resolved only when a connector asks for them, so a secret is read at run time and never sits in
 * the configuration tree that tools print.
 *
 * @param name     the connection's name, as Task resources and parameters use it
 * @param type     {@code jdbc}, {@code spark}, {@code http} or {@code s3}
 * @param settings the connection's mapping as written (including {@code type})
 */
public record Connection(String name, String type, JsonNode settings, Secrets secrets) {

    /** A setting with its secret references resolved, or null when it is not set. */
    public String setting(String key) throws SecretException {
        JsonNode value = settings.get(key);
        if (value == null || value.isNull()) {
            return null;
        }
        return secrets.resolve(value.isValueNode() ? value.asText() : value.toString(), where(key));
    }

    /** A setting that must be present; the message says where to add it. */
    public String required(String key) throws SecretException {
        String value = setting(key);
        if (value == null || value.isBlank()) {
            throw new SecretException(where(key) + " is required for a " + type + " connection");
        }
        return value;
    }

    /** A nested mapping of settings (e.g. {@code properties:} or {@code conf:}), each resolved. */
    public Map<String, String> settings(String key) throws SecretException {
        Map<String, String> resolved = new LinkedHashMap<>();
        JsonNode section = settings.get(key);
        if (section == null || !section.isObject()) {
            return resolved;
        }
        for (Map.Entry<String, JsonNode> entry : section.properties()) {
            JsonNode value = entry.getValue();
            resolved.put(entry.getKey(), secrets.resolve(value.isValueNode() ? value.asText() : value.toString(),
                    where(key + "." + entry.getKey())));
        }
        return resolved;
    }

    /** The raw text of a setting, references unresolved: safe to show. */
    public String written(String key) {
        JsonNode value = settings.get(key);
        return value == null || value.isNull() ? null : value.asText();
    }

    /** Where a setting lives in the configuration, for messages. */
    public String where(String key) {
        return "connections." + name + "." + key;
    }

    @Override
    public String toString() {
        return "connection " + name + " (" + type + ")";
    }
}
