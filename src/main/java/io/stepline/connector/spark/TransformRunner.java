package io.stepline.connector.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepline.connector.DatasetRef;
import io.stepline.connector.TaskFailedException;
import io.stepline.connector.TaskRequest;
import io.stepline.json.Json;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Runs a transform task: reads the inputs, applies the transform, writes each declared output,
 * and returns {@code {"transform": NAME, "outputs": {NAME: DatasetRef...}, "durationMs": ...}}.
 */
final class TransformRunner {
    private TransformRunner() {
    }

    static JsonNode run(TransformSource source, TransformCall call, SparkSettings settings, TaskRequest request)
            throws TaskFailedException, InterruptedException {
        String what = "transform '" + source.name() + "'";
        return SparkTaskRun.run(what, settings, request, run -> {
            Map<String, Dataset<Row>> inputs = new LinkedHashMap<>();
            for (Map.Entry<String, DatasetRef> input : call.inputs().entrySet()) {
                inputs.put(input.getKey(), run.read(input.getKey(), input.getValue()));
            }
            run.step("applying it");
            Map<String, Dataset<Row>> results = Transforms.apply(source, inputs, call.parameters(),
                    new SparkTransformContext(run.spark(), source.name()));
            ObjectNode result = Json.NODES.objectNode();
            result.put("transform", source.name());
            ObjectNode outputs = result.putObject("outputs");
            for (Map.Entry<String, OutputSpec> output : call.outputs().entrySet()) {
                Dataset<Row> data = resultFor(output.getKey(), results, call, what);
                outputs.set(output.getKey(), run.write(output.getKey(), data, output.getValue()).toJson());
            }
            return result;
        });
    }

    /** The result for a declared output: by name, or the only result for the only output. */
    private static Dataset<Row> resultFor(String output, Map<String, Dataset<Row>> results, TransformCall call,
            String what) throws TaskFailedException {
        if (results.size() == 1 && call.outputs().size() == 1) {
            return results.values().iterator().next();
        }
        Dataset<Row> data = results.get(output);
        if (data == null) {
            throw new TaskFailedException("Spark.InvalidTaskInput", "outputs." + output + ": " + what
                    + " produced no dataset of that name (it produced " + results.keySet() + ")");
        }
        return data;
    }
}
