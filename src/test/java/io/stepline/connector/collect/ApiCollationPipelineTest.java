package io.stepline.connector.collect;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepline.connector.collect.fake.Fault;
import io.stepline.engine.Pipeline;
import io.stepline.engine.RunOptions;
import io.stepline.engine.Stepline;
import io.stepline.json.Json;
import io.stepline.runtime.ExecutionResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * pipelines/api-collation end to end: the three example APIs' fakes on loopback, a Parallel of
 * collect -> upsert into a real DuckDB warehouse, Retry resuming a collection that failed midway,
 * the CRM cursor committed after its upsert.
 */
class ApiCollationPipelineTest {
    private static final Path DEFINITION = Path.of("pipelines/api-collation/api-collation.asl.json");

    @Test
    void threeSourcesAreCollectedAndUpsertedAndARerunChangesNothing() throws Exception {
        ObjectNode config = FakeApis.config();
        Path warehouse = Files.createTempDirectory("stepline-api-collation").resolve("warehouse.duckdb");
        config.path("connections").withObject("warehouse").put("type", "jdbc").put("url", "jdbc:duckdb:" + warehouse);
        FakeApis.ADS.failOnce(2, Fault.MALFORMED); // fails the collection at page 2: the state's Retry resumes there
        FakeApis.CRM.failOnce(2, Fault.SERVER_ERROR); // retried inside the collection

        try (Stepline engine = Stepline.start(config)) {
            Pipeline pipeline = engine.load("api-collation.asl.json", "api-collation", Files.readString(DEFINITION),
                    Map.of(), java.util.List.of());
            ExecutionResult first = pipeline.run(Json.parse("{\"day\": \"2026-11-25\"}"), new RunOptions(null, false, true));

            assertThat(first.succeeded()).as(first.error() + " " + first.cause()).isTrue();
            JsonNode counts = first.output().path("summary").path("warehouse");
            assertThat(counts.path("ad_rows").asLong()).isEqualTo(FakeApis.ADS.total());
            assertThat(counts.path("contacts").asLong()).isEqualTo(FakeApis.CRM.total());
            assertThat(counts.path("fx_rates").asLong()).isEqualTo(FakeApis.CURRENCY.total());
            JsonNode ads = first.output().path("sources").get(0);
            assertThat(ads.path("records").asLong()).as("the resumed attempt returns every record").isEqualTo(FakeApis.ADS.total());
            assertThat(first.output().path("sources").get(1).path("retries").asLong()).isEqualTo(1);

            ExecutionResult again = pipeline.run(Json.parse("{\"day\": \"2026-11-25\"}"), new RunOptions(null, false, true));
            assertThat(again.succeeded()).as(again.error() + " " + again.cause()).isTrue();
            assertThat(again.output().path("summary").path("warehouse")).isEqualTo(counts);
            assertThat(again.output().path("sources").get(1).path("records").asLong())
                    .as("the CRM cursor was committed after the upsert: nothing newer to collect").isZero();
        }
    }
}
