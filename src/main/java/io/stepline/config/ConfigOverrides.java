package io.stepline.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Environment overrides: {@code STEPLINE__SECTION__NAME__KEY=value} sets
 * {@code SECTION.NAME.KEY}, e.g. {@code STEPLINE__CONNECTIONS__WAREHOUSE__URL}. Double underscores
 * separate the levels because names may contain single ones. Levels match existing keys without
 * regard to case, and new keys are written in lower case; so a deployment changes a URL or points a
 * password at a secret without editing the file. Values are strings (secret references allowed).
 */
final class ConfigOverrides {
    static final String PREFIX = "STEPLINE__";

    private ConfigOverrides() {
    }

    static ObjectNode apply(ObjectNode config, Map<String, String> environment) throws ConfigException {
        // Sorted, so that the outcome does not depend on the environment's order.
        for (Map.Entry<String, String> variable : new TreeMap<>(environment).entrySet()) {
            if (variable.getKey().startsWith(PREFIX)) {
                set(config, variable.getKey(), variable.getValue());
            }
        }
        return config;
    }

    private static void set(ObjectNode config, String variable, String value) throws ConfigException {
        String[] path = variable.substring(PREFIX.length()).split("__", -1);
        ObjectNode node = config;
        for (int i = 0; i < path.length; i++) {
            if (path[i].isEmpty()) {
                throw new ConfigException(variable + ": an empty level between double underscores");
            }
            String key = existingKey(node, path[i]);
            if (i == path.length - 1) {
                node.put(key, value);
                return;
            }
            JsonNode child = node.get(key);
            if (child == null || child.isNull()) {
                node = node.putObject(key);
            } else if (child instanceof ObjectNode object) {
                node = object;
            } else {
                throw new ConfigException(variable + ": " + key + " is a value in the configuration, not a section");
            }
        }
    }

    private static String existingKey(ObjectNode node, String level) {
        for (String name : (Iterable<String>) node::fieldNames) {
            if (name.equalsIgnoreCase(level)) {
                return name;
            }
        }
        return level.toLowerCase(Locale.ROOT);
    }
}
