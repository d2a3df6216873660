package io.stepline.connector.function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepline.connector.BindingException;
import io.stepline.connector.BoundTask;
import io.stepline.connector.TaskFailedException;
import io.stepline.connector.TaskRequest;
import io.stepline.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * {@code arn:aws:states:::lambda:invoke}: the input names the function ({@code FunctionName}) and
 * its event ({@code Payload}); the result is wrapped as the Lambda Invoke API returns it
 * (Payload, StatusCode, ExecutedVersion, SdkHttpMetadata, SdkResponseMetadata).
 */
final class LambdaInvokeTask implements BoundTask {
    private final FunctionRegistry registry;

    LambdaInvokeTask(FunctionRegistry registry) {
        this.registry = registry;
    }

    @Override
    public String resourceType() {
        return "lambda";
    }

    @Override
    public String resourceName() {
        return "invoke";
    }

    @Override
    public JsonNode invoke(TaskRequest request) throws TaskFailedException, InterruptedException {
        JsonNode input = request.input();
        JsonNode functionName = input == null ? null : input.get("FunctionName");
        FunctionRef ref = functionName == null || !functionName.isTextual() ? null
                : FunctionRef.parse(functionName.textValue());
        if (ref == null) {
            throw new TaskFailedException("Lambda.InvalidParameterValueException",
                    "The FunctionName parameter must name a function (a name or an ARN), got: "
                            + (functionName == null ? "nothing" : Json.write(functionName)));
        }
        LocalFunction function;
        try {
            function = registry.find(ref.name());
        } catch (BindingException e) {
            throw new TaskFailedException("Lambda.ServiceException", e.getMessage());
        }
        if (function == null) {
            throw new TaskFailedException("Lambda.ResourceNotFoundException",
                    "Function not found: " + functionName.textValue());
        }
        JsonNode payload = input.has("Payload") ? input.get("Payload") : Json.NODES.objectNode();
        JsonNode result = FunctionCalls.call(function, payload, request.control());
        return wrap(result, ref, request.idempotencyKey());
    }

    private static JsonNode wrap(JsonNode payload, FunctionRef ref, String idempotencyKey) {
        String version = ref.qualifier() == null ? "$LATEST" : ref.qualifier();
        String requestId = UUID.nameUUIDFromBytes(idempotencyKey.getBytes(StandardCharsets.UTF_8)).toString();
        ObjectNode headers = Json.NODES.objectNode();
        headers.put("Content-Type", "application/json");
        headers.put("X-Amz-Executed-Version", version);
        headers.put("x-amzn-RequestId", requestId);
        ObjectNode allHeaders = Json.NODES.objectNode();
        headers.fields().forEachRemaining(h -> allHeaders.set(h.getKey(), Json.NODES.arrayNode().add(h.getValue())));
        ObjectNode http = Json.NODES.objectNode();
        http.set("AllHttpHeaders", allHeaders);
        http.set("HttpHeaders", headers);
        http.put("HttpStatusCode", 200);
        ObjectNode result = Json.NODES.objectNode();
        result.put("ExecutedVersion", version);
        result.set("Payload", payload);
        result.set("SdkHttpMetadata", http);
        result.set("SdkResponseMetadata", Json.NODES.objectNode().put("RequestId", requestId));
        result.put("StatusCode", 200);
        return result;
    }
}
