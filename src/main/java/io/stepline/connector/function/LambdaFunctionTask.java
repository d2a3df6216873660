package io.stepline.connector.function;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.connector.BoundTask;
import io.stepline.connector.TaskFailedException;
import io.stepline.connector.TaskRequest;

/**
 * {@code arn:aws:lambda:...:function:NAME} (and {@code stepline:function:NAME}): the state's input
 * is the event, the function's return value is the result, unwrapped.
 */
record LambdaFunctionTask(String resource, LocalFunction function, HistoryShape historyShape)
        implements BoundTask {

    @Override
    public String resourceType() {
        return historyShape == HistoryShape.LAMBDA_FUNCTION ? "lambda" : "stepline-function";
    }

    @Override
    public String resourceName() {
        return resource;
    }

    @Override
    public JsonNode invoke(TaskRequest request) throws TaskFailedException, InterruptedException {
        return FunctionCalls.call(function, request.input(), request.control());
    }
}
