package io.stepline.connector.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.engine.DefinitionException;
import io.stepline.engine.Pipeline;
import io.stepline.runtime.ExecutionResult;
import io.stepline.runtime.Machines;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code stepline:attribution:MODEL} Task states, run by the engine, found through ServiceLoader. */
class AttributionConnectorTest {

    private static Pipeline pipeline(String model) {
        return Machines.load("""
                {"StartAt": "Attribute", "States": {"Attribute": {"Type": "Task",
                  "Resource": "stepline:attribution:%s", "End": true,
                  "Catch": [{"ErrorEquals": ["Attribution.InvalidParameter", "Attribution.InvalidPaths"],
                             "Next": "Caught"}]},
                  "Caught": {"Type": "Pass", "End": true}}}
                """.formatted(model), Map.of());
    }

    @Test
    void markovOverInlineRowsGivesCreditsAndRemovalEffects() {
        ExecutionResult result = Machines.runReal(pipeline("markov"), """
                {"Paths": [{"path": "C1 > C2 > C3", "conversions": 1, "nulls": 0},
                           {"path": ["C1"], "conversions": 0, "nulls": 1},
                           {"path": "C2 > C3", "conversions": 0, "nulls": 1}]}
                """);

        assertThat(result.succeeded()).as(Machines.describe(result)).isTrue();
        JsonNode output = result.output();
        assertThat(output.at("/credits/C1/conversions").asDouble()).isCloseTo(0.2, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(output.at("/credits/C2/conversions").asDouble()).isCloseTo(0.4, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(output.at("/removal_effects/C1").asDouble()).isCloseTo(0.5, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(output.at("/parameters/order").asInt()).isEqualTo(1);
        assertThat(output.has("total_value")).as("no values in the input").isFalse();
    }

    @Test
    void aPathSummaryFileIsReadThroughItsDatasetReference(@TempDir Path dir) throws Exception {
        Path summary = dir.resolve("paths.csv");
        Files.writeString(summary, "path,total_conversions,total_non_conversions\nA > B,3,1\nB,1,3\n");

        ExecutionResult result = Machines.runReal(pipeline("fractribution"), """
                {"Paths": {"uri": "%s", "format": "csv"}, "Parameters": {"path_transform": "unique"}}
                """.formatted(summary.toUri()));

        assertThat(result.succeeded()).as(Machines.describe(result)).isTrue();
        assertThat(result.output().at("/credits/A/conversions").asDouble()
                + result.output().at("/credits/B/conversions").asDouble()).isEqualTo(4.0);
    }

    @Test
    void aBadParameterFailsTheTaskNamingIt() {
        ExecutionResult result = Machines.runReal(pipeline("time_decay"), """
                {"Paths": [{"path": "A", "conversions": 1}], "Parameters": {"half_life_days": -1}}
                """);

        assertThat(result.output().path("Error").asText()).isEqualTo("Attribution.InvalidParameter");
        assertThat(result.output().path("Cause").asText())
                .isEqualTo("parameter 'half_life_days' of model time_decay: -1 must be > 0.0");
    }

    @Test
    void aBadPathSummaryFileFailsTheTaskNamingFileAndLine(@TempDir Path dir) throws Exception {
        Path summary = dir.resolve("paths.csv");
        Files.writeString(summary, "path;total_conversions;total_null\nA>B;2;1\nB;two;3\n");

        ExecutionResult result = Machines.runReal(pipeline("linear"), """
                {"Paths": "%s"}
                """.formatted(summary.toString().replace("\\", "/")));

        assertThat(result.output().path("Error").asText()).isEqualTo("Attribution.InvalidPaths");
        assertThat(result.output().path("Cause").asText())
                .isEqualTo(summary + ":3: column total_conversions: 'two' is not a number >= 0");
    }

    @Test
    void anUnknownModelIsAValidationErrorListingTheModels() {
        assertThatThrownBy(() -> Machines.engine().load("unknown-model.asl.json", "unknown-model", """
                {"StartAt": "A", "States": {"A": {"Type": "Task", "Resource": "stepline:attribution:last_click",
                 "End": true}}}
                """, Map.of(), List.of()))
                .isInstanceOf(DefinitionException.class)
                .hasMessageContaining("no attribution model 'last_click'; the models are first_touch, last_touch");
    }
}
