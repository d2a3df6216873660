package io.stepline.testing;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.json.Json;
import io.stepline.runtime.ExecutionResult;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;

/**
 * Compares an execution with a case's expectation: status; output as a JSON value (numbers by
 * value, so 1 equals 1.0); error and cause, a cause holding JSON compared after parsing.
 */
final class Expectations {
    private Expectations() {
    }

    /** Null when the result matches, else what differs. */
    static String mismatch(JsonNode expected, ExecutionResult actual, boolean causeUnchecked) {
        String status = expected.path("status").asText("SUCCEEDED");
        if (!status.equals(actual.status().name())) {
            return "expected status " + status + " but was " + actual.status() + describe(actual);
        }
        if (expected.has("output") && !sameJson(expected.get("output"), actual.output())) {
            return "expected output " + Json.write(expected.get("output")) + " but was "
                    + (actual.output() == null ? "none" : Json.write(actual.output()));
        }
        if (!"SUCCEEDED".equals(status)) {
            String error = expected.hasNonNull("error") ? expected.get("error").asText() : null;
            if (expected.has("error") || !"TIMED_OUT".equals(status)) {
                if (!Objects.equals(error, actual.error())) {
                    return "expected error " + error + " but was " + actual.error();
                }
            }
            if (!causeUnchecked && !"TIMED_OUT".equals(status)) {
                String cause = expected.hasNonNull("cause") ? expected.get("cause").asText() : null;
                if (!sameCause(cause, actual.cause())) {
                    return "expected cause " + cause + " but was " + actual.cause();
                }
            }
        }
        return null;
    }

    private static String describe(ExecutionResult actual) {
        return actual.error() == null ? "" : " (" + actual.error() + ": " + actual.cause() + ")";
    }

    static boolean sameCause(String expected, String actual) {
        if (Objects.equals(expected, actual)) {
            return true;
        }
        if (expected == null || actual == null) {
            return false;
        }
        try {
            JsonNode e = Json.parse(expected);
            JsonNode a = Json.parse(actual);
            return (e.isContainerNode() || a.isContainerNode()) && sameJson(e, a);
        } catch (Exception notJson) {
            return false;
        }
    }

    static boolean sameJson(JsonNode expected, JsonNode actual) {
        if (expected == null || actual == null) {
            return expected == actual || (expected != null && expected.isNull() && actual == null);
        }
        if (expected.isNumber() && actual.isNumber()) {
            return expected.decimalValue().compareTo(actual.decimalValue()) == 0;
        }
        if (expected.isObject() && actual.isObject()) {
            if (expected.size() != actual.size()) {
                return false;
            }
            Iterator<Map.Entry<String, JsonNode>> fields = expected.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (!actual.has(field.getKey()) || !sameJson(field.getValue(), actual.get(field.getKey()))) {
                    return false;
                }
            }
            return true;
        }
        if (expected.isArray() && actual.isArray()) {
            if (expected.size() != actual.size()) {
                return false;
            }
            for (int i = 0; i < expected.size(); i++) {
                if (!sameJson(expected.get(i), actual.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return expected.equals(actual);
    }
}
