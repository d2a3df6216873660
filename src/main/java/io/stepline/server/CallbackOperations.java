package io.stepline.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.engine.DurableExecutions;
import io.stepline.engine.TaskTokenException;
import java.util.Map;

/** SendTaskSuccess, SendTaskFailure and SendTaskHeartbeat: callbacks to {@code .waitForTaskToken} tasks. */
final class CallbackOperations {
    private final DurableExecutions durable;

    CallbackOperations(DurableExecutions durable) {
        this.durable = durable;
    }

    void register(Map<String, AwsOperation> operations) {
        operations.put("SendTaskSuccess", this::success);
        operations.put("SendTaskFailure", this::failure);
        operations.put("SendTaskHeartbeat", this::heartbeat);
    }

    private JsonNode success(JsonNode request) throws AwsError {
        String token = AwsJson.required(request, "taskToken");
        JsonNode output = AwsJson.document(request, "output", "InvalidOutput");
        try {
            durable.sendTaskSuccess(token, output);
        } catch (TaskTokenException e) {
            throw new AwsError(e.awsError(), e.getMessage());
        }
        return AwsJson.object();
    }

    private JsonNode failure(JsonNode request) throws AwsError {
        String token = AwsJson.required(request, "taskToken");
        try {
            durable.sendTaskFailure(token, AwsJson.optional(request, "error"), AwsJson.optional(request, "cause"));
        } catch (TaskTokenException e) {
            throw new AwsError(e.awsError(), e.getMessage());
        }
        return AwsJson.object();
    }

    private JsonNode heartbeat(JsonNode request) throws AwsError {
        try {
            durable.sendTaskHeartbeat(AwsJson.required(request, "taskToken"));
        } catch (TaskTokenException e) {
            throw new AwsError(e.awsError(), e.getMessage());
        }
        return AwsJson.object();
    }
}
