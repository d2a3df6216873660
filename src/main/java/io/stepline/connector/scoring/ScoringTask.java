package io.stepline.connector.scoring;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.connector.BoundTask;
import io.stepline.connector.DatasetRef;
import io.stepline.connector.TaskFailedException;
import io.stepline.connector.TaskRequest;
import io.stepline.connector.spark.OutputSpec;
import io.stepline.connector.spark.SparkSettings;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code stepline:score:MODEL}, bound. Its input:
 * <pre>{@code
 * {"Input": "data/customers.parquet",                    // a DatasetRef
 *  "Output": {"uri": "out/scores", "format": "parquet"},  // an output, overwritten by default
 *  "Columns": ["customer_id", "prediction", "probability"],  // optional: keep only these
 *  "Model": {"location": "models/churn/v2", "version": "v2"}} // optional: another version
 * }</pre>
 * Holds no Spark types (loaded at validation); {@link ModelScorer} runs the Spark side.
 */
record ScoringTask(ModelRef model, SparkSettings settings) implements BoundTask {

    @Override
    public String resourceType() {
        return "stepline-score";
    }

    @Override
    public String resourceName() {
        return model.name();
    }

    @Override
    public JsonNode invoke(TaskRequest request) throws TaskFailedException, InterruptedException {
        JsonNode input = request.input();
        if (input == null || !input.isObject() || !input.has("Input") || !input.has("Output")) {
            throw new TaskFailedException("Spark.InvalidTaskInput", "model '" + model.name()
                    + "': the task input needs \"Input\" (a dataset) and \"Output\" ({\"uri\": ..., \"format\": ...})");
        }
        DatasetRef data = DatasetRef.fromJson(input.get("Input"), "Input");
        OutputSpec output = OutputSpec.fromJson(input.get("Output"), "Output");
        List<String> columns = new ArrayList<>();
        input.path("Columns").forEach(column -> columns.add(column.asText()));
        return ModelScorer.score(model.overriddenBy(input.get("Model")), data, output, columns, settings, request);
    }
}
