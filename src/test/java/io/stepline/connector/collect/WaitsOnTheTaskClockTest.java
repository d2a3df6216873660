package io.stepline.connector.collect;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.connector.collect.fake.Fault;
import io.stepline.engine.Pipeline;
import io.stepline.engine.RunOptions;
import io.stepline.engine.Stepline;
import io.stepline.json.Json;
import io.stepline.runtime.ExecutionResult;
import io.stepline.runtime.ExecutionStatus;
import io.stepline.runtime.history.HistoryEvent;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Regression: the collector slept real time for backoff and Retry-After. Its waits go through
 * the task's control: virtual under {@code stepline test} (a minute's Retry-After costs nothing
 * and shows on the execution's clock), and cut short when the execution is stopped.
 */
class WaitsOnTheTaskClockTest {
    private static final String DEFINITION = """
            {"StartAt": "Collect", "States": {"Collect": {"Type": "Task", "Resource": "stepline:collect:currency.rates",
              "Parameters": {}, "End": true}}}""";

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a real minute's sleep would not fit
    void aRetryAfterOfAMinuteIsSpentOnTheVirtualClock() throws Exception {
        FakeApis.CURRENCY.failOnce(2, Fault.SLOW_DOWN_FOR_A_MINUTE);
        try (Stepline engine = Stepline.start(FakeApis.config())) {
            Pipeline pipeline = engine.load("collect.asl.json", "collect", DEFINITION, Map.of(), List.of());

            ExecutionResult result = pipeline.run(Json.parse("{}"), new RunOptions(null, true, true));

            assertThat(result.succeeded()).as(result.error() + " " + result.cause()).isTrue();
            JsonNode output = result.output();
            assertThat(output.path("records").asLong()).isEqualTo(FakeApis.CURRENCY.total());
            assertThat(output.path("retries").asLong()).isEqualTo(1);
            List<HistoryEvent> history = result.history();
            long virtualMillis = history.get(history.size() - 1).timestamp() - history.get(0).timestamp();
            assertThat(virtualMillis).as("the wait happened on the execution's clock").isGreaterThanOrEqualTo(60_000);
        }
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void stoppingTheExecutionEndsTheWaitAtOnce() throws Exception {
        FakeApis.CURRENCY.failOnce(2, Fault.SLOW_DOWN_FOR_A_MINUTE);
        long before = FakeApis.CURRENCY.requests();
        try (Stepline engine = Stepline.start(FakeApis.config())) {
            Pipeline pipeline = engine.load("collect.asl.json", "collect", """
                    {"StartAt": "Pause", "States": {"Pause": {"Type": "Wait", "Seconds": 1, "Next": "Collect"},
                      "Collect": {"Type": "Task", "Resource": "stepline:collect:currency.rates", "End": true}}}""",
                    Map.of(), List.of());

            io.stepline.runtime.Execution execution = pipeline.start(Json.parse("{}"), new RunOptions(null, false, true));
            while (FakeApis.CURRENCY.requests() < before + 2) { // the 429 has been answered: the minute's wait began
                Thread.sleep(10);
            }
            execution.stop();
            ExecutionResult result = execution.result().get(20, TimeUnit.SECONDS);

            assertThat(result.status()).isEqualTo(ExecutionStatus.ABORTED);
        }
    }
}
