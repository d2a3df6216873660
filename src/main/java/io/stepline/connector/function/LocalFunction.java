package io.stepline.connector.function;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.connector.TaskControl;

/**
 * Java code that stands in for a Lambda function. Register it by name in
 * {@code config/stepline.yaml} ({@code functions: {NAME: {class: com.example.MyFunction}}}) or in
 * code. Throw {@link FunctionError} to fail with a chosen error name; any other exception fails
 * with its class name, as Lambda's Java runtime reports it.
 */
@FunctionalInterface
public interface LocalFunction {

    /** Handles one invocation. The payload is the caller's copy: change it freely. */
    JsonNode handle(JsonNode payload, TaskControl control) throws Exception;
}
