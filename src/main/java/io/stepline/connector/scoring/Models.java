package io.stepline.connector.scoring;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.connector.BindingException;
import io.stepline.connector.ConnectorContext;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the model a name means: {@code models: NAME: {path: ..., version: ...}} in the
 * configuration (a relative path is taken from the working directory, as dataset paths are),
 * else a saved model directory beside the pipeline ({@code stepline:score:models/churn}).
 */
final class Models {
    static final String SECTION = "models";

    private Models() {
    }

    static ModelRef find(String name, ConnectorContext context) throws BindingException {
        if (name.isBlank()) {
            throw new BindingException("'" + ScoringConnector.PREFIX + "' needs a model name");
        }
        JsonNode declared = context.section(SECTION).path(name);
        if (!declared.isMissingNode()) {
            String path = declared.path("path").asText("");
            if (path.isBlank()) {
                throw new BindingException(SECTION + "." + name + " in the configuration has no 'path'");
            }
            return new ModelRef(name, path, declared.hasNonNull("version") ? declared.get("version").asText() : null);
        }
        Path beside = context.definitionDirectory().resolve(name).normalize();
        if (Files.isDirectory(beside.resolve("metadata"))) {
            return new ModelRef(name, beside.toString(), null);
        }
        throw new BindingException("no model named '" + name + "': looked under '" + SECTION + ":' in"
                + " config/stepline.yaml (NAME: {path: ..., version: ...}) and for a saved Spark ML model"
                + " directory at " + beside);
    }
}
