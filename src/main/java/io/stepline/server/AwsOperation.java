package io.stepline.server;

import com.fasterxml.jackson.databind.JsonNode;

/** One operation of the Step Functions API: the request body in, the response body out. */
@FunctionalInterface
interface AwsOperation {
    JsonNode call(JsonNode request) throws AwsError;
}
