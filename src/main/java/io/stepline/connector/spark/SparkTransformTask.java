package io.stepline.connector.spark;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.connector.BoundTask;
import io.stepline.connector.TaskFailedException;
import io.stepline.connector.TaskRequest;

/**
 * {@code stepline:spark:NAME}, bound. Holds no Spark types: the class is loaded whenever a
 * definition is validated, and Spark only when {@link TransformRunner} runs.
 */
record SparkTransformTask(String resource, TransformSource source, SparkSettings settings) implements BoundTask {

    @Override
    public String resourceType() {
        return "stepline-spark";
    }

    @Override
    public String resourceName() {
        return source.name();
    }

    @Override
    public JsonNode invoke(TaskRequest request) throws TaskFailedException, InterruptedException {
        TransformCall call = TransformCall.fromJson(request.input());
        return TransformRunner.run(source, call, settings, request);
    }
}
