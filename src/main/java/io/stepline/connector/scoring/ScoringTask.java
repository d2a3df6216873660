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
 * {"input": "data/customers.parquet",                    // a DatasetRef
 *  "output": {"uri": "out/scores", "format": "parquet"},  // an output, overwritten by default
 *  "columns": ["customer_id", "prediction", "probability"],  // optional: keep only these
 *  "model": {"location": "models/churn/v2", "version": "v2"}} // optional: another version
 * }</pre>
 * Holds no Spark types (loaded at validation); {@link ModelScorer} runs the Spark side.
 */
record ScoringTask(ModelRef model, SparkSettings settings) implements BoundTask {

    @Override
    public HistoryShape historyShape() {
        return HistoryShape.TASK;
    }

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
        if (input == null || !input.isObject() || !input.has("input") || !input.has("output")) {
            throw new TaskFailedException("Spark.InvalidTaskInput", "model '" + model.name()
                    + "': the task input needs \"input\" (a dataset) and \"output\" ({\"uri\": ..., \"format\": ...})");
        }
        DatasetRef data = DatasetRef.fromJson(input.get("input"), "input");
        OutputSpec output = OutputSpec.fromJson(input.get("output"), "output");
        List<String> columns = new ArrayList<>();
        input.path("columns").forEach(column -> columns.add(column.asText()));
        return ModelScorer.score(model.overriddenBy(input.get("model")), data, output, columns, settings, request);
    }
}
