package io.stepline.connector.collect;

import static io.stepline.connector.collect.FakeApis.CURRENCY;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepline.connector.BoundTask;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A connector's limits hold across every collection of the process, not per task. */
class SharedLimitsTest {

    @Test
    void collectionsRunningAtOnceShareTheConnectorsConcurrencyCap(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("onebyone.yaml"), Files.readString(Path.of("connectors/currency.yaml"))
                .replace("connector: currency", "connector: onebyone").replace("maxConcurrency: 8", "maxConcurrency: 1"));
        ObjectNode config = FakeApis.config();
        ((ObjectNode) config.path("collect")).put("directory", dir.toString());
        ((ObjectNode) config.path("collect").path("connectors")).putObject("onebyone").put("baseUrl", CURRENCY.baseUrl());
        List<BoundTask> tasks = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            tasks.add(FakeApis.bind("stepline:collect:onebyone.rates", config)); // bound apart, as by four pipelines
        }
        CURRENCY.resetInFlight();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<JsonNode>> results = new ArrayList<>();
            for (int i = 0; i < tasks.size(); i++) {
                BoundTask task = tasks.get(i);
                String key = "exec-" + i + "#Collect#1#0";
                results.add(pool.submit(() -> FakeApis.run(task, "{}", key)));
            }
            for (Future<JsonNode> result : results) {
                assertThat(result.get().path("records").asLong()).isEqualTo(CURRENCY.total());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(CURRENCY.mostInFlight()).isEqualTo(1);
    }
}
