package io.stepline.ui;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.connector.TaskControl;
import io.stepline.connector.function.FunctionError;
import io.stepline.connector.function.LocalFunction;
import io.stepline.json.Json;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The browser-test pipeline's functions, bound by name in the server's configuration. */
final class OrderFunctions {
    private static final Logger LOG = LoggerFactory.getLogger(OrderFunctions.class);
    private OrderFunctions() {
    }

    /** Released by the test, so that the run is seen running whatever the machine's speed. */
    static final Semaphore FETCH = new Semaphore(0);

    /** Waits until the test releases it (at most a minute), then finds three orders. */
    public static final class FetchOrders implements LocalFunction {
        @Override
        public JsonNode handle(JsonNode payload, TaskControl control) throws Exception {
            if (!FETCH.tryAcquire(60, TimeUnit.SECONDS)) {
                throw new FunctionError("Orders.NotReleased", "the test did not release the fetch");
            }
            return Json.NODES.objectNode().put("count", 3);
        }
    }

    /** Always fails, as a read-only warehouse would. */
    public static final class LoadWarehouse implements LocalFunction {
        @Override
        public JsonNode handle(JsonNode payload, TaskControl control) throws Exception {
            LOG.warn("loading 3 orders into analytics.orders");
            throw new FunctionError("Warehouse.ReadOnly", "table analytics.orders is read-only");
        }
    }
}
