package io.stepline.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.stepline.config.secret.Secrets;
import io.stepline.json.Json;
import io.stepline.json.SyntaxMessages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds and reads the configuration: an explicit {@code --config FILE}, else the
 * {@code STEPLINE_CONFIG} environment variable, else {@code config/stepline.yaml} under the
 * working directory; none of them is required (defaults are embedded).
 */
public final class ConfigLoader {
    public static final String DEFAULT_LOCATION = "config/stepline.yaml";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private ConfigLoader() {
    }

    /**
     * The configuration with the environment's {@code STEPLINE__...} overrides applied, or only
     * those when no file is found.
     */
    public static JsonNode load(Path explicit) throws ConfigException {
        ObjectNode config = ConfigOverrides.apply(read(locate(explicit)), System.getenv());
        Connections.of(config, Secrets.standard()); // their shape, now; their secrets when used
        return config;
    }

    private static ObjectNode read(Path file) throws ConfigException {
        if (file == null) {
            return Json.NODES.objectNode();
        }
        try {
            JsonNode config = YAML.readTree(Files.readString(file));
            if (config == null || config.isMissingNode() || config.isNull()) {
                return Json.NODES.objectNode();
            }
            if (!(config instanceof ObjectNode object)) {
                throw new ConfigException(file + ": the configuration must be a mapping of sections");
            }
            return object;
        } catch (JsonProcessingException e) {
            var location = e.getLocation();
            String where = location == null ? "" : ":" + location.getLineNr() + ":" + location.getColumnNr();
            throw new ConfigException(file + where + ": " + SyntaxMessages.of(e));
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot read: " + e.getMessage());
        }
    }

    static Path locate(Path explicit) throws ConfigException {
        if (explicit != null) {
            if (!Files.isRegularFile(explicit)) {
                throw new ConfigException(explicit + ": no such configuration file");
            }
            return explicit;
        }
        String fromEnv = System.getenv("STEPLINE_CONFIG");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return locate(Path.of(fromEnv));
        }
        Path fallback = Path.of(DEFAULT_LOCATION);
        return Files.isRegularFile(fallback) ? fallback : null;
    }
}
