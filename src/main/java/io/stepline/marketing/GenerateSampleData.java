package io.stepline.marketing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepline.connector.TaskControl;
import io.stepline.connector.function.FunctionError;
import io.stepline.connector.function.LocalFunction;
import io.stepline.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code stepline:function:marketing-sample-data}: writes sample touchpoints and conversions
 * ({@link SampleDataGenerator}) unless the directory already holds the same sample. Payload:
 * {@code {"directory": "data/sample", "touchpoints": 50000, "seed": 42, "from": "2026-09-01",
 * "to": "2026-11-01"}}. Result: the two files as dataset references (CSV, read as text so that
 * cleaning sees bad values), with row counts, and whether they were generated now.
 * Bad parameters fail with {@code Sample.InvalidParameters}.
 */
public final class GenerateSampleData implements LocalFunction {
    private static final String MANIFEST = "_sample.json";

    @Override
    public JsonNode handle(JsonNode payload, TaskControl control) throws Exception {
        SampleSpec spec;
        Path directory;
        try {
            directory = Path.of(text(payload, "directory"));
            spec = SampleSpec.of(payload.path("touchpoints").asLong(50_000), payload.path("seed").asLong(42),
                    Instants.parse(text(payload, "from"), "from"), Instants.parse(text(payload, "to"), "to"));
        } catch (IllegalArgumentException e) {
            throw new FunctionError("Sample.InvalidParameters", "marketing-sample-data: " + e.getMessage());
        }
        ObjectNode wanted = manifest(spec);
        Path manifest = directory.resolve(MANIFEST);
        if (Files.isRegularFile(manifest) && Json.MAPPER.readTree(manifest.toFile()).path("spec").equals(wanted)) {
            ObjectNode result = (ObjectNode) Json.MAPPER.readTree(manifest.toFile()).path("result");
            return result.put("generated", false);
        }
        SampleData data = SampleDataGenerator.write(spec, directory);
        ObjectNode result = result(data);
        write(manifest, Json.NODES.objectNode().<ObjectNode>set("spec", wanted).set("result", result));
        return result.deepCopy().put("generated", true);
    }

    private static ObjectNode result(SampleData data) {
        ObjectNode result = Json.NODES.objectNode();
        result.set("touchpoints", csv(data.touchpoints(), data.validTouchpoints() + data.duplicateRows() + data.badRows()));
        result.set("conversions", csv(data.conversions(), data.conversionRows()));
        return result.put("users", data.users()).put("validTouchpoints", data.validTouchpoints())
                .put("duplicateRows", data.duplicateRows()).put("badRows", data.badRows());
    }

    private static ObjectNode csv(Path file, long rows) {
        ObjectNode ref = Json.NODES.objectNode().put("uri", file.toString()).put("format", "csv").put("rows", rows);
        ref.putObject("options").put("header", "true").put("inferSchema", "false");
        return ref;
    }

    private static ObjectNode manifest(SampleSpec spec) {
        return Json.NODES.objectNode().put("touchpoints", spec.touchpoints()).put("seed", spec.seed())
                .put("from", spec.from().toString()).put("to", spec.to().toString())
                .put("generator", 1);
    }

    private static String text(JsonNode payload, String name) {
        JsonNode value = payload.path(name);
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new IllegalArgumentException(name + " is required (a string)");
        }
        return value.asText();
    }

    private static void write(Path file, JsonNode json) throws IOException {
        Files.writeString(file, Json.MAPPER.writeValueAsString(json), StandardCharsets.UTF_8);
    }
}
