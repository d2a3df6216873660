package io.stepline.cli;

import static io.stepline.cli.CliRun.CONFIG;
import static io.stepline.cli.CliRun.FIXTURES;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code stepline run}: exactly one JSON object on stdout; exit 0 only when the run SUCCEEDED. */
@Timeout(60)
class RunCommandTest {

    @Test
    void aSucceededRunPrintsItsStatusAndOutput() throws Exception {
        CliRun run = CliRun.of("run", "--config", CONFIG, FIXTURES + "hello.asl.json", "--input", "{\"who\": \"Ada\"}");

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(onlyObject(run)).isEqualTo(Json.parse(
                "{\"status\": \"SUCCEEDED\", \"output\": {\"greeting\": \"Hello, Ada!\"}}"));
    }

    @Test
    void aFailedRunPrintsErrorAndCauseAndExitsOne() throws Exception {
        CliRun run = CliRun.of("run", "--config", CONFIG, FIXTURES + "fails.asl.json");

        assertThat(run.exit()).as(run.toString()).isEqualTo(1);
        assertThat(onlyObject(run)).isEqualTo(Json.parse(
                "{\"status\": \"FAILED\", \"error\": \"Custom.Error\", \"cause\": \"it broke\"}"));
    }

    @Test
    void aTimedOutRunSaysSoAndExitsOne() {
        CliRun run = CliRun.of("run", "--config", CONFIG, FIXTURES + "times-out.asl.json");

        assertThat(run.exit()).as(run.toString()).isEqualTo(1);
        JsonNode result = onlyObject(run);
        assertThat(result.get("status").asText()).isEqualTo("TIMED_OUT");
        assertThat(result.has("output")).isFalse();
    }

    @Test
    void inputFileGivesTheExecutionInput() {
        CliRun run = CliRun.of("run", "--config", CONFIG, FIXTURES + "hello.asl.json",
                "--input-file", FIXTURES + "input.json");

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(onlyObject(run).get("output").get("greeting").asText()).isEqualTo("Hello, file!");
    }

    @Test
    void aYamlDefinitionRunsLikeItsJsonTwin() {
        CliRun run = CliRun.of("run", "--config", CONFIG, FIXTURES + "hello.asl.yaml", "--input", "{\"who\": \"Y\"}");

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(onlyObject(run).get("output").get("greeting").asText()).isEqualTo("Hello, Y!");
    }

    @Test
    void historyAddsTheEventsInGetExecutionHistoryShape() {
        CliRun run = CliRun.of("run", "--history", "--config", CONFIG, FIXTURES + "fails.asl.json");

        JsonNode history = onlyObject(run).get("history");
        assertThat(history.size()).isEqualTo(3);
        assertThat(history.get(0).get("type").asText()).isEqualTo("ExecutionStarted");
        assertThat(history.get(1).get("type").asText()).isEqualTo("FailStateEntered");
        assertThat(history.get(1).get("previousEventId").asLong()).isZero();
        assertThat(history.get(2).get("executionFailedEventDetails").get("error").asText()).isEqualTo("Custom.Error");
    }

    /** stdout holds exactly one line, one JSON object. */
    private static JsonNode onlyObject(CliRun run) {
        assertThat(run.outLines()).as(run.toString()).hasSize(1);
        try {
            JsonNode node = Json.parse(run.out());
            assertThat(node.isObject()).isTrue();
            return node;
        } catch (Exception e) {
            throw new AssertionError("stdout is not JSON: " + run, e);
        }
    }
}
