package io.stepline.store.jdbc;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.config.secret.SecretException;
import io.stepline.config.secret.Secrets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/** Reads {@link StoreSettings} from the {@code store:} section of the configuration. */
final class StoreConfigReader {
    private static final Set<String> KEYS = Set.of("url", "user", "password", "poolSize", "payloadThresholdBytes",
            "connectTimeoutSeconds");

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
        try {
            return Secrets.withEnvironment(environment).resolve(value.asText(), "store." + key);
        } catch (SecretException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
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
