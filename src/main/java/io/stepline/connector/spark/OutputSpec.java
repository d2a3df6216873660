package io.stepline.connector.spark;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.connector.DatasetRef;
import io.stepline.connector.TaskFailedException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where one output goes: a dataset reference (format {@code parquet} when the path does not say),
 * a save mode ({@code overwrite} by default: a re-run replaces, never duplicates) and partition
 * columns.
 */
public record OutputSpec(DatasetRef target, String mode, List<String> partitionBy) {
    static final Set<String> MODES = Set.of("overwrite", "append", "errorifexists", "ignore");

    public OutputSpec {
        partitionBy = List.copyOf(partitionBy);
    }

    /** Reads {@code "out/path"} or {@code {"uri": ..., "format": ..., "mode": ..., "partitionBy": [...]}}. */
    public static OutputSpec fromJson(JsonNode json, String where) throws TaskFailedException {
        JsonNode reference = json;
        if (json != null && json.isObject() && !json.path("format").isTextual() && json.path("uri").isTextual()) {
            reference = json.deepCopy();
            ((com.fasterxml.jackson.databind.node.ObjectNode) reference).put("format", formatOf(json.get("uri").asText()));
        } else if (json != null && json.isTextual()) {
            reference = io.stepline.json.Json.NODES.objectNode().put("uri", json.asText())
                    .put("format", formatOf(json.asText()));
        }
        DatasetRef target = DatasetRef.fromJson(reference, where);
        String mode = json.path("mode").asText("overwrite").toLowerCase(java.util.Locale.ROOT);
        if (!MODES.contains(mode)) {
            throw new TaskFailedException("Stepline.InvalidDataset", where + ".mode '" + mode + "' is not one of "
                    + MODES.stream().sorted().toList());
        }
        List<String> partitionBy = new ArrayList<>();
        json.path("partitionBy").forEach(column -> partitionBy.add(column.asText()));
        Map<String, String> options = new LinkedHashMap<>(target.options());
        return new OutputSpec(new DatasetRef(target.uri(), target.format(), target.table(), null, null, options),
                mode, partitionBy);
    }

    /** The format a path's extension names, {@code parquet} when it names none. */
    private static String formatOf(String uri) {
        String name = uri.replaceAll("/+$", "");
        String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT);
        if (name.lastIndexOf('.') > name.lastIndexOf('/') && DatasetRef.FORMATS.contains(extension)
                && !extension.equals("table")) {
            return extension;
        }
        return uri.startsWith("jdbc:") ? "table" : "parquet";
    }
}
