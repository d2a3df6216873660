package io.stepline.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.stepline.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * One pipeline as found under the pipelines directory: {@code NAME/*.asl.json|yaml} and the
 * optional {@code NAME/pipeline.yaml} (name, definition, type, input, schedules). A broken one
 * is kept, with its problems as diagnostics, so the UI can show what is wrong.
 */
record PipelineFolder(String name, String type, Path directory, Path definitionFile, String definition,
        JsonNode defaultInput, JsonNode schedules, ArrayNode diagnostics) {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    static final String SETTINGS_FILE = "pipeline.yaml";

    /** Every pipeline directly under {@code root}, by name; none when it does not exist. */
    static List<PipelineFolder> scan(Path root, Diagnostics diagnostics) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        List<PipelineFolder> found = new ArrayList<>();
        try (Stream<Path> children = Files.list(root)) {
            for (Path directory : children.filter(Files::isDirectory).sorted().toList()) {
                PipelineFolder folder = read(directory, diagnostics);
                if (folder != null) {
                    found.add(folder);
                }
            }
        } catch (IOException e) {
            throw new ServerException("cannot list pipelines in " + root + ": " + e.getMessage());
        }
        found.sort(Comparator.comparing(PipelineFolder::name));
        return found;
    }

    /** The pipeline in {@code directory}, or null when it holds neither a definition nor settings. */
    static PipelineFolder read(Path directory, Diagnostics diagnostics) {
        String folderName = directory.getFileName().toString();
        Path settingsFile = directory.resolve(SETTINGS_FILE);
        JsonNode settings = Json.NODES.objectNode();
        ArrayNode problems = Json.NODES.arrayNode();
        if (Files.isRegularFile(settingsFile)) {
            try {
                JsonNode read = YAML.readTree(Files.readString(settingsFile, StandardCharsets.UTF_8));
                if (read != null && read.isObject()) {
                    settings = read;
                } else if (read != null && !read.isNull() && !read.isMissingNode()) {
                    problems.add(problem(settingsFile + ": must be a mapping (name, definition, type, input, schedules)"));
                }
            } catch (IOException e) {
                problems.add(problem(settingsFile + ": " + e.getMessage().lines().findFirst().orElse("unreadable")));
            }
        }
        Path definitionFile = definitionFile(directory, settings.path("definition").asText(null));
        if (definitionFile == null && !Files.isRegularFile(settingsFile)) {
            return null;
        }
        String name = settings.path("name").asText(folderName);
        String type = settings.path("type").asText("STANDARD").toUpperCase(java.util.Locale.ROOT);
        if (!type.equals("STANDARD") && !type.equals("EXPRESS")) {
            problems.add(problem(settingsFile + ": type must be STANDARD or EXPRESS, not " + type));
            type = "STANDARD";
        }
        String text = "";
        if (definitionFile == null) {
            problems.add(problem(directory + ": no definition (*.asl.json or *.asl.yaml) found"));
        } else {
            try {
                text = Files.readString(definitionFile, StandardCharsets.UTF_8);
                problems.addAll(diagnostics.of(definitionFile.toString(), text, directory.toAbsolutePath()));
            } catch (IOException e) {
                problems.add(problem(definitionFile + ": cannot read: " + e.getMessage()));
            }
        }
        JsonNode input = settings.path("input").isObject() ? settings.get("input") : Json.NODES.objectNode();
        JsonNode schedules = settings.path("schedules").isArray() ? settings.get("schedules") : Json.NODES.arrayNode();
        return new PipelineFolder(name, type, directory, definitionFile, text, input, schedules, problems);
    }

    private static Path definitionFile(Path directory, String named) {
        if (named != null) {
            Path file = directory.resolve(named);
            return Files.isRegularFile(file) ? file : null;
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> {
                String n = f.getFileName().toString();
                return n.endsWith(".asl.json") || n.endsWith(".asl.yaml") || n.endsWith(".asl.yml");
            }).sorted().findFirst().orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    static JsonNode problem(String message) {
        var node = Json.NODES.objectNode().put("code", "PIPELINE").put("severity", "ERROR").put("message", message)
                .put("pointer", "").put("line", 1).put("column", 1);
        node.putNull("state");
        return node;
    }

    boolean runnable() {
        return definitionFile != null && !Diagnostics.hasErrors(diagnostics);
    }
}
