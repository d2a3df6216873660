package io.stepline.ui;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.connector.TaskControl;
import io.stepline.connector.function.FunctionError;
import io.stepline.connector.function.LocalFunction;
import io.stepline.json.Json;
import java.time.Duration;

/** The browser-test pipeline's functions, bound by name in the server's configuration. */
final class OrderFunctions {
    private OrderFunctions() {
    }

    /** Takes a moment (so the run is seen live), then finds three orders. */
    public static final class FetchOrders implements LocalFunction {
        @Override
        public JsonNode handle(JsonNode payload, TaskControl control) throws Exception {
            control.sleep(Duration.ofMillis(300));
            return Json.NODES.objectNode().put("count", 3);
        }
    }

    /** Always fails, as a read-only warehouse would. */
    public static final class LoadWarehouse implements LocalFunction {
        @Override
        public JsonNode handle(JsonNode payload, TaskControl control) throws Exception {
            throw new FunctionError("Warehouse.ReadOnly", "table analytics.orders is read-only");
        }
    }
}
