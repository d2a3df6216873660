package io.stepline.connector.attribution;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.connector.BoundTask;
import io.stepline.connector.DatasetRef;
import io.stepline.connector.TaskFailedException;
import io.stepline.connector.TaskRequest;
import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One model bound to a Task state. Input:
 * <pre>{@code
 * {"Paths": [{"path": "A > B", "conversions": 3, "value": 12.5, "nulls": 7}, ...]
 *        | "summary.csv" | {"uri": "data/paths", "format": "csv" | "jsonl" | "json"},
 *  "Parameters": {"order": 2, "use_nulls": true}}
 * }</pre>
 * Task parameters are PascalCase like every Stepline resource's (and AWS's integrations'); the
 * model's own parameters keep the names the literature and oracle use.
 * Output: the model's {@link Credits} as JSON. Fails with {@code Attribution.InvalidParameter}
 * (naming the parameter) or {@code Attribution.InvalidPaths} (naming the file and line, or the
 * input row).
 */
final class AttributionTask implements BoundTask {
    private final String model;

    AttributionTask(String model) {
        this.model = model;
    }

    @Override
    public String resourceType() {
        return "stepline-attribution";
    }

    @Override
    public String resourceName() {
        return model;
    }

    @Override
    public JsonNode invoke(TaskRequest request) throws TaskFailedException {
        JsonNode input = request.input();
        try {
            Map<String, String> parameters = parameters(input.get("Parameters"));
            return Attribution.run(model, parameters, paths(input.get("Paths"))).toJson();
        } catch (AttributionException e) {
            throw new TaskFailedException(e.errorName(), e.getMessage());
        }
    }

    private Map<String, String> parameters(JsonNode json) throws InvalidParameterException {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (json == null || json.isNull()) {
            return parameters;
        }
        if (!json.isObject()) {
            throw new InvalidParameterException(model, "Parameters", "must be an object of name: value");
        }
        for (Map.Entry<String, JsonNode> e : json.properties()) {
            if (!e.getValue().isValueNode() || e.getValue().isNull()) {
                throw new InvalidParameterException(model, e.getKey(), "must be a number, a boolean or a string");
            }
            parameters.put(e.getKey(), e.getValue().asText());
        }
        return parameters;
    }

    private static PathSummary paths(JsonNode json) throws AttributionException, TaskFailedException {
        if (json == null || json.isNull()) {
            throw new InvalidPathsException("Paths", "missing: give rows [{\"path\": \"A > B\", \"conversions\": "
                    + "1, \"nulls\": 0}] or a path summary file {\"uri\": ..., \"format\": \"csv\" | \"jsonl\"}");
        }
        if (json.isArray()) {
            return PathSummaryReader.fromJson(json, "Paths");
        }
        DatasetRef dataset = DatasetRef.fromJson(json, "Paths");
        if (!dataset.format().equals("csv") && !dataset.format().equals("jsonl") && !dataset.format().equals("json")) {
            throw new InvalidPathsException("Paths", "a path summary is read from csv, jsonl or json files, not "
                    + dataset.format() + " (" + dataset.uri() + ")");
        }
        return SharedPathSummaries.process().read(localPath(dataset.uri()), dataset.format());
    }

    private static Path localPath(String uri) throws InvalidPathsException {
        if (uri.startsWith("file:")) {
            return Path.of(URI.create(uri));
        }
        if (uri.matches("^[a-zA-Z][a-zA-Z0-9+.-]+://.*")) {
            throw new InvalidPathsException("Paths", "path summaries are read from local files; " + uri
                    + " is not one");
        }
        return Path.of(uri);
    }
}
