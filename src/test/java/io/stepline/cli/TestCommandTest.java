package io.stepline.cli;

import static io.stepline.cli.CliRun.CONFIG;
import static io.stepline.cli.CliRun.FIXTURES;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code stepline test}: a line per failing case, a summary, a report, on virtual time. */
@Timeout(60)
class TestCommandTest {
    private static final String CASES = FIXTURES + "cases/";

    @Test
    void aPassingSuiteSaysSoAndExitsZero() {
        CliRun run = CliRun.of("test", "--config", CONFIG, CASES + "greetings.jsonl");

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.outLines()).containsExactly("2 passed, 0 failed");
    }

    @Test
    void failingCasesArePrintedWithTheirLineAndWhatDiffered() {
        CliRun run = CliRun.of("test", "--config", CONFIG, CASES + "mixed.jsonl");

        assertThat(run.exit()).as(run.toString()).isEqualTo(1);
        assertThat(run.outLines()).containsExactly(
                "FAIL " + CASES + "mixed.jsonl:2 expects another greeting: expected output {\"greeting\":\"Hi\"} "
                        + "but was {\"greeting\":\"Hello, Ada!\"}",
                "FAIL " + CASES + "mixed.jsonl:3 expects success of a failing machine: expected status SUCCEEDED "
                        + "but was FAILED (Custom.Error: it broke)",
                "1 passed, 2 failed");
    }

    @Test
    void casesOfSeveralFilesAddUp() {
        CliRun run = CliRun.of("test", "--config", CONFIG, CASES + "greetings.jsonl", CASES + "mixed.jsonl");

        assertThat(run.outLines()).last().isEqualTo("3 passed, 2 failed");
    }

    @Test
    void theReportHoldsEveryCaseWithWhatActuallyHappened(@TempDir Path dir) throws Exception {
        Path report = dir.resolve("report.json");

        CliRun run = CliRun.of("test", "--config", CONFIG, "--report", report.toString(), CASES + "mixed.jsonl");

        assertThat(run.exit()).as(run.toString()).isEqualTo(1);
        JsonNode root = Json.parse(Files.readString(report));
        assertThat(root.get("passed").asInt()).isEqualTo(1);
        assertThat(root.get("failed").asInt()).isEqualTo(2);
        JsonNode cases = root.get("cases");
        assertThat(cases.size()).isEqualTo(3);
        assertThat(cases.get(0).get("name").asText()).isEqualTo("greets by name");
        assertThat(cases.get(0).get("passed").asBoolean()).isTrue();
        assertThat(cases.get(0).get("line").asInt()).isEqualTo(1);
        assertThat(cases.get(0).get("output")).isEqualTo(Json.parse("{\"greeting\": \"Hello, Ada!\"}"));
        assertThat(cases.get(2).get("passed").asBoolean()).isFalse();
        assertThat(cases.get(2).get("status").asText()).isEqualTo("FAILED");
        assertThat(cases.get(2).get("error").asText()).isEqualTo("Custom.Error");
        assertThat(cases.get(2).get("cause").asText()).isEqualTo("it broke");
        assertThat(cases.get(2).get("problem").asText()).startsWith("expected status SUCCEEDED");
    }

    @Test
    @Timeout(30) // a day of Wait and a minute of mock delay, on virtual time
    void virtualTimeMakesADayLongWaitAndAMinuteLongMockCostNothing() {
        CliRun run = CliRun.of("test", "--config", CONFIG, CASES + "slow.jsonl");

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.outLines()).containsExactly("3 passed, 0 failed");
    }
}
