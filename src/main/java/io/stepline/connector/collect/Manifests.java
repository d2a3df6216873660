package io.stepline.connector.collect;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.connector.BindingException;
import io.stepline.connector.ConnectorContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds a connector's manifest: {@code NAME.yaml} (or {@code .yml}) beside the pipeline, in its
 * {@code connectors/} folder, then in the configured {@code collect.directory} (default
 * {@code connectors}). A base URL override from config ({@code collect.connectors.NAME.baseUrl})
 * points a manifest at another server, e.g. a local fake.
 */
final class Manifests {
    private Manifests() {
    }

    static Manifest find(String name, ConnectorContext context) throws BindingException {
        JsonNode settings = context.section("collect");
        List<Path> places = new ArrayList<>();
        places.add(context.definitionDirectory());
        places.add(context.definitionDirectory().resolve("connectors"));
        places.add(Path.of(settings.path("directory").asText("connectors")));
        for (Path place : places) {
            for (String extension : List.of(".yaml", ".yml")) {
                Path file = place.resolve(name + extension);
                if (Files.isRegularFile(file)) {
                    return withOverrides(read(file), settings.path("connectors").path(name));
                }
            }
        }
        throw new BindingException("no connector manifest '" + name + ".yaml' in " + places.stream().distinct()
                .map(Path::toString).toList() + " (set collect.directory in config/stepline.yaml to look elsewhere)");
    }

    private static Manifest read(Path file) throws BindingException {
        try {
            return ManifestReader.read(file);
        } catch (InvalidManifestException e) {
            throw new BindingException("connector manifest " + file + " is invalid:\n" + e.getMessage());
        }
    }

    private static Manifest withOverrides(Manifest manifest, JsonNode overrides) {
        return overrides.path("baseUrl").isTextual() ? manifest.withBaseUrl(overrides.get("baseUrl").asText()) : manifest;
    }
}
