package io.stepline.config;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.config.secret.Secrets;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The {@code connections:} section: every named connection, checked for shape when the
 * configuration is loaded (secrets are resolved later, when a connection is used).
 */
public final class Connections {
    public static final String SECTION = "connections";
    public static final Set<String> TYPES = Set.of("jdbc", "spark", "http", "s3");
    private final Map<String, Connection> byName;

    private Connections(Map<String, Connection> byName) {
        this.byName = Collections.unmodifiableMap(byName);
    }

    /** The connections declared in {@code config}, whose secrets {@code secrets} resolves. */
    public static Connections of(JsonNode config, Secrets secrets) throws ConfigException {
        Map<String, Connection> byName = new TreeMap<>();
        JsonNode section = config == null ? null : config.get(SECTION);
        if (section == null || section.isNull() || section.isMissingNode()) {
            return new Connections(byName);
        }
        if (!section.isObject()) {
            throw new ConfigException(SECTION + ": must be a mapping of connection names to their settings");
        }
        for (Map.Entry<String, JsonNode> entry : section.properties()) {
            String name = entry.getKey();
            JsonNode settings = entry.getValue();
            if (!settings.isObject()) {
                throw new ConfigException(SECTION + "." + name + ": must be a mapping with a type and its settings");
            }
            JsonNode type = settings.get("type");
            if (type == null || !type.isTextual() || !TYPES.contains(type.asText())) {
                throw new ConfigException(SECTION + "." + name + ".type: must be one of "
                        + TYPES.stream().sorted().toList());
            }
            byName.put(name, new Connection(name, type.asText(), settings, secrets));
        }
        return new Connections(byName);
    }

    /** No connections at all. */
    public static Connections none() {
        return new Connections(new TreeMap<>());
    }

    /** The connection called {@code name}, or null. */
    public Connection find(String name) {
        return byName.get(name);
    }

    /** Every connection, by name. */
    public Map<String, Connection> all() {
        return byName;
    }
}
