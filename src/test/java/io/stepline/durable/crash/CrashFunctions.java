package io.stepline.durable.crash;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.connector.TaskControl;
import io.stepline.connector.function.FunctionError;
import io.stepline.connector.function.LocalFunction;
import io.stepline.json.Json;

/** Deterministic functions for the crash test: the same input always gives the same result. */
public final class CrashFunctions {
    private CrashFunctions() {
    }

    /** {"v": n} -> 2n. */
    public static final class Double implements LocalFunction {
        @Override
        public JsonNode handle(JsonNode payload, TaskControl control) {
            return Json.NODES.numberNode(payload.path("v").asInt() * 2);
        }
    }

    /** Fails its first attempt ($$.State.RetryCount 0), then returns n + 1. */
    public static final class FlakyOnce implements LocalFunction {
        @Override
        public JsonNode handle(JsonNode payload, TaskControl control) throws FunctionError {
            if (payload.path("attempt").asInt() == 0) {
                throw new FunctionError("Flaky", "first attempt fails");
            }
            return Json.NODES.numberNode(payload.path("n").asInt() + 1);
        }
    }

    /** Always fails with Broken (the machine catches it). */
    public static final class Broken implements LocalFunction {
        @Override
        public JsonNode handle(JsonNode payload, TaskControl control) throws FunctionError {
            throw new FunctionError("Broken", "always broken");
        }
    }
}
