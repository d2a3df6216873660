package io.stepline.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.json.Json;
import io.vertx.ext.web.RoutingContext;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /} with {@code X-Amz-Target: AWSStepFunctions.OPERATION}: the AWS JSON 1.0
 * protocol AWS's SDKs and CLI speak. Unknown operations get AWS's UnknownOperationException;
 * failures get {@code {"__type", "message"}} with HTTP 400 (500 for a fault of the server,
 * whose details go to the server's log, not to the caller).
 */
final class StepFunctionsApi {
    static final String TARGET_PREFIX = "AWSStepFunctions.";
    static final String CONTENT_TYPE = "application/x-amz-json-1.0";
    private static final Logger LOG = LoggerFactory.getLogger(StepFunctionsApi.class);
    private final Map<String, AwsOperation> operations = new HashMap<>();

    StepFunctionsApi(MachineOperations machines, ExecutionOperations executions, CallbackOperations callbacks,
            TestStateOperation testState) {
        machines.register(operations);
        executions.register(operations);
        callbacks.register(operations);
        operations.put("TestState", testState::call);
    }

    /** Runs on a worker thread: operations read and write the store. */
    void handle(RoutingContext context) {
        String target = context.request().getHeader("X-Amz-Target");
        String operation = target != null && target.startsWith(TARGET_PREFIX) ? target.substring(TARGET_PREFIX.length())
                : null;
        AwsOperation handler = operation == null ? null : operations.get(operation);
        try {
            if (handler == null) {
                throw new AwsError("UnknownOperationException", "Unknown operation " + target);
            }
            JsonNode request = parse(context.body().asString());
            reply(context, 200, handler.call(request));
        } catch (AwsError e) {
            reply(context, e.status(), AwsJson.object().put("__type", e.type()).put("message", e.getMessage()));
        } catch (RuntimeException e) {
            LOG.error("{} failed", operation, e);
            reply(context, 500, AwsJson.object().put("__type", "InternalFailure")
                    .put("message", "The server failed to process " + operation + "; see its log"));
        }
    }

    private static JsonNode parse(String body) throws AwsError {
        if (body == null || body.isBlank()) {
            return AwsJson.object();
        }
        try {
            JsonNode request = Json.parse(body);
            if (!request.isObject()) {
                throw new AwsError("SerializationException", "The request body must be a JSON object");
            }
            return request;
        } catch (JsonProcessingException e) {
            throw new AwsError("SerializationException", "The request body is not JSON: " + e.getOriginalMessage());
        }
    }

    private static void reply(RoutingContext context, int status, JsonNode body) {
        context.response().setStatusCode(status).putHeader("Content-Type", CONTENT_TYPE).end(Json.write(body));
    }
}
