package io.stepline.store.jdbc;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads {@link StoreSettings} from the {@code store:} section of the configuration. */
final class StoreConfigReader {
    private static final Set<String> KEYS = Set.of("url", "user", "password", "poolSize", "payloadThresholdBytes",
            "connectTimeoutSeconds");
    /** Exactly {@code ${env:NAME}}; a secrets resolver with more forms is a later addition. */
    private static final Pattern ENV_REFERENCE = Pattern.compile("\\$\\{env:([A-Za-z_][A-Za-z0-9_]*)}");

    private StoreConfigReader() {
    }

    static StoreSettings read(JsonNode section, UnaryOperator<String> environment) {
        StoreSettings defaults = StoreSettings.defaults();
        if (section == null || section.isMissingNode() || section.isNull()) {
            return defaults;
        }
        if (!section.isObject()) {
            throw new IllegalArgumentException("store: must be a mapping with keys " + sorted(KEYS));
        }
        for (Map.Entry<String, JsonNode> member : section.properties()) {
            String name = member.getKey();
            if (!KEYS.contains(name)) {
                throw new IllegalArgumentException("store." + name + ": unknown key; the store section takes "
                        + sorted(KEYS));
            }
        }
        String url = text(section, "url", environment);
        // Any H2 URL defaults to H2's own administrator (sa, no password), as the embedded store does.
        boolean embedded = url == null || url.startsWith("jdbc:h2:");
        return new StoreSettings(
                url == null ? defaults.url() : url,
                or(text(section, "user", environment), embedded ? defaults.user() : ""),
                or(text(section, "password", environment), embedded ? defaults.password() : ""),
                number(section, "poolSize", defaults.poolSize()),
                number(section, "payloadThresholdBytes", defaults.payloadThresholdBytes()),
                Duration.ofSeconds(number(section, "connectTimeoutSeconds",
                        (int) defaults.connectTimeout().toSeconds())));
    }

    private static String text(JsonNode section, String key, UnaryOperator<String> environment) {
        JsonNode value = section.get(key);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isValueNode() || value.isBoolean()) {
            throw new IllegalArgumentException("store." + key + ": must be a string");
        }
        String text = value.asText();
        Matcher reference = ENV_REFERENCE.matcher(text);
        if (!reference.matches()) {
            return text;
        }
        String variable = reference.group(1);
        String resolved = environment.apply(variable);
        if (resolved == null) {
            throw new IllegalArgumentException("store." + key + ": environment variable " + variable + " is not set");
        }
        return resolved;
    }

    private static int number(JsonNode section, String key, int fallback) {
        JsonNode value = section.get(key);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < 1) {
            throw new IllegalArgumentException("store." + key + ": must be a positive whole number, not " + value);
        }
        return value.intValue();
    }

    private static String or(String value, String fallback) {
        return value == null ? fallback : value;
    }

    private static String sorted(Set<String> keys) {
        return keys.stream().sorted().toList().toString();
    }
}
