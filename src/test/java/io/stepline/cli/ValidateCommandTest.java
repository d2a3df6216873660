package io.stepline.cli;

import static io.stepline.cli.CliRun.CONFIG;
import static io.stepline.cli.CliRun.FIXTURES;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.json.Json;
import org.junit.jupiter.api.Test;

/** {@code stepline validate}: file:line:col: severity CODE message, exit 1 only on errors. */
class ValidateCommandTest {
    private static final String LINE = "^\\S+:\\d+:\\d+: (error|warning) [A-Z_]+ \\S.*$";

    @Test
    void aValidFilePrintsNothingAndExitsZero() {
        CliRun run = CliRun.of("validate", "--config", CONFIG, FIXTURES + "hello.asl.json", FIXTURES + "hello.asl.yaml");

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEmpty();
    }

    @Test
    void errorsArePrintedOnePerLineWithPositionAndCodeAndExitOne() {
        CliRun run = CliRun.of("validate", "--config", CONFIG, FIXTURES + "invalid.asl.json");

        assertThat(run.exit()).as(run.toString()).isEqualTo(1);
        assertThat(run.outLines()).isNotEmpty().allMatch(line -> line.matches(LINE))
                .contains(FIXTURES + "invalid.asl.json:4:35: error MISSING_TRANSITION_TARGET State 'A' has Next "
                        + "'Nowhere', which is not a state in this scope");
    }

    @Test
    void everyFileIsReportedAndOneWithErrorsFailsTheRun() {
        CliRun run = CliRun.of("validate", "--config", CONFIG, FIXTURES + "invalid.asl.json",
                FIXTURES + "unbound.asl.json", FIXTURES + "hello.asl.json");

        assertThat(run.exit()).as(run.toString()).isEqualTo(1);
        assertThat(run.outLines()).anyMatch(line -> line.startsWith(FIXTURES + "invalid.asl.json:"))
                .anyMatch(line -> line.startsWith(FIXTURES + "unbound.asl.json:"))
                .noneMatch(line -> line.startsWith(FIXTURES + "hello.asl.json:"));
    }

    @Test
    void anUnboundResourceIsOnlyAWarning() {
        CliRun run = CliRun.of("validate", "--config", CONFIG, FIXTURES + "unbound.asl.json");

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.outLines()).singleElement().asString().matches(LINE)
                .startsWith(FIXTURES + "unbound.asl.json:4:42: warning UNBOUND_RESOURCE ");
    }

    @Test
    void strictTurnsTheUnboundResourceWarningIntoAnError() {
        CliRun run = CliRun.of("validate", "--strict", "--config", CONFIG, FIXTURES + "unbound.asl.json");

        assertThat(run.exit()).as(run.toString()).isEqualTo(1);
        assertThat(run.outLines()).singleElement().asString()
                .startsWith(FIXTURES + "unbound.asl.json:4:42: error UNBOUND_RESOURCE ");
    }

    @Test
    void formatJsonPrintsEveryDiagnosticAsAnObject() throws Exception {
        CliRun run = CliRun.of("validate", "--format", "json", "--config", CONFIG, FIXTURES + "invalid.asl.json",
                FIXTURES + "unbound.asl.json");

        assertThat(run.exit()).as(run.toString()).isEqualTo(1);
        JsonNode diagnostics = Json.parse(run.out());
        assertThat(diagnostics.isArray()).isTrue();
        assertThat(diagnostics).anySatisfy(d -> {
            assertThat(d.get("file").asText()).isEqualTo(FIXTURES + "invalid.asl.json");
            assertThat(d.get("line").asInt()).isEqualTo(4);
            assertThat(d.get("column").asInt()).isEqualTo(35);
            assertThat(d.get("severity").asText()).isEqualTo("error");
            assertThat(d.get("code").asText()).isEqualTo("MISSING_TRANSITION_TARGET");
            assertThat(d.get("pointer").asText()).isEqualTo("/States/A/Next");
            assertThat(d.get("message").asText()).isEqualTo("State 'A' has Next 'Nowhere', which is not a state in this scope");
        });
        assertThat(diagnostics).anySatisfy(d -> {
            assertThat(d.get("severity").asText()).isEqualTo("warning");
            assertThat(d.get("code").asText()).isEqualTo("UNBOUND_RESOURCE");
        });
    }

    @Test
    void aMalformedFileIsReportedInTheSameShapeAsOtherErrors() {
        CliRun run = CliRun.of("validate", "--config", CONFIG, FIXTURES + "malformed.asl.json");

        assertThat(run.exit()).as(run.toString()).isEqualTo(1);
        assertThat(run.outLines()).singleElement().asString().matches(LINE)
                .startsWith(FIXTURES + "malformed.asl.json:5:3: error ");
    }

    @Test
    void aMalformedFileHasItsLineAndColumnInJson() throws Exception {
        CliRun run = CliRun.of("validate", "--format", "json", "--config", CONFIG, FIXTURES + "malformed.asl.json");

        assertThat(run.exit()).as(run.toString()).isEqualTo(1);
        JsonNode diagnostic = Json.parse(run.out()).get(0);
        assertThat(diagnostic.get("severity").asText()).isEqualTo("error");
        assertThat(diagnostic.path("line").asInt()).isEqualTo(5);
        assertThat(diagnostic.path("column").asInt()).isEqualTo(3);
        assertThat(diagnostic.get("message").asText()).doesNotStartWith(FIXTURES);
    }

    @Test
    void aMalformedYamlFileSaysWhatWasExpectedWhere() {
        CliRun run = CliRun.of("validate", "--config", CONFIG, FIXTURES + "malformed.asl.yaml");

        assertThat(run.exit()).as(run.toString()).isEqualTo(1);
        assertThat(run.outLines()).singleElement().asString()
                .startsWith(FIXTURES + "malformed.asl.yaml:6:")
                .contains("expected ',' or '}'");
    }
}
