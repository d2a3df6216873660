package io.stepline.connector.spark;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.connector.DatasetRef;
import io.stepline.connector.TaskFailedException;
import io.stepline.json.Json;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A transform task's input, read from the state's effective input:
 * <pre>{@code
 * {"Inputs":     {"touchpoints": "data/touchpoints.csv", "users": {"uri": ..., "format": ...}},
 *  "Parameters": {"gapMinutes": 30},
 *  "Outputs":    {"journeys": {"uri": "out/journeys", "format": "parquet", "mode": "overwrite"}}}
 * }</pre>
 * Inputs keep their order (transforms such as {@code join} and {@code union} use it).
 */
public record TransformCall(Map<String, DatasetRef> inputs, JsonNode parameters, Map<String, OutputSpec> outputs) {

    static TransformCall fromJson(JsonNode input) throws TaskFailedException {
        if (input == null || !input.isObject()) {
            throw invalid("the task input must be an object with \"Inputs\", \"Parameters\" and \"Outputs\"");
        }
        Map<String, DatasetRef> inputs = new LinkedHashMap<>();
        JsonNode declaredInputs = input.path("Inputs");
        if (!declaredInputs.isMissingNode() && !declaredInputs.isObject()) {
            throw invalid("\"Inputs\" must be an object of dataset references by name");
        }
        for (Map.Entry<String, JsonNode> entry : declaredInputs.properties()) {
            inputs.put(entry.getKey(), DatasetRef.fromJson(entry.getValue(), "Inputs." + entry.getKey()));
        }
        JsonNode declaredOutputs = input.path("Outputs");
        if (!declaredOutputs.isObject() || declaredOutputs.isEmpty()) {
            throw invalid("\"Outputs\" must name at least one output: {\"NAME\": {\"uri\": ..., \"format\": ...}}");
        }
        Map<String, OutputSpec> outputs = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : declaredOutputs.properties()) {
            outputs.put(entry.getKey(), OutputSpec.fromJson(entry.getValue(), "Outputs." + entry.getKey()));
        }
        JsonNode parameters = input.path("Parameters");
        if (!parameters.isMissingNode() && !parameters.isObject()) {
            throw invalid("\"Parameters\" must be an object");
        }
        return new TransformCall(inputs, parameters.isObject() ? parameters : Json.NODES.objectNode(), outputs);
    }

    private static TaskFailedException invalid(String problem) {
        return new TaskFailedException("Spark.InvalidTaskInput", problem);
    }
}
