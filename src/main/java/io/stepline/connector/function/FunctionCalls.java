package io.stepline.connector.function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepline.connector.TaskControl;
import io.stepline.connector.TaskFailedException;
import io.stepline.json.Json;

/**
 * Calls a local function and reports failures the way Lambda does: the error name is the
 * function's error type and the cause is Lambda's error payload
 * {@code {"errorMessage": ..., "errorType": ...}} (without the stack trace: users see what
 * failed, never the engine's internals).
 */
final class FunctionCalls {
    private FunctionCalls() {
    }

    static JsonNode call(LocalFunction function, JsonNode payload, TaskControl control)
            throws TaskFailedException, InterruptedException {
        try {
            JsonNode result = function.handle(payload == null ? null : payload.deepCopy(), control);
            return result == null ? Json.NODES.nullNode() : result;
        } catch (TaskFailedException | InterruptedException e) {
            throw e;
        } catch (FunctionError e) {
            throw new TaskFailedException(e.errorType(), errorPayload(e.errorType(), e.getMessage()));
        } catch (Exception e) {
            String type = e.getClass().getName();
            throw new TaskFailedException(type, errorPayload(type, e.getMessage()));
        }
    }

    private static String errorPayload(String type, String message) {
        ObjectNode payload = Json.NODES.objectNode();
        payload.put("errorMessage", message == null ? "" : message);
        payload.put("errorType", type);
        return Json.write(payload);
    }
}
