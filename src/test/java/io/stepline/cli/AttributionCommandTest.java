package io.stepline.cli;

import static io.stepline.cli.CliRun.FIXTURES;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.json.Json;
import org.junit.jupiter.api.Test;

/** {@code stepline attribution}: credits as JSON; bad input named by file and line, no stack trace. */
class AttributionCommandTest {
    private static final String VIGNETTE = FIXTURES + "attribution/vignette.csv";

    @Test
    void printsCreditsPerChannelAsJson() throws Exception {
        CliRun run = CliRun.of("attribution", "--model", "markov", "--param", "use_nulls=false", "--paths", VIGNETTE);

        assertThat(run.exit()).as(run.toString()).isZero();
        JsonNode credits = Json.parse(run.out());
        assertThat(credits.at("/credits/A/conversions").asDouble()).isCloseTo(2.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(credits.at("/credits/B/conversions").asDouble()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(credits.at("/parameters/use_nulls").asBoolean()).isFalse();
    }

    @Test
    void readsFractributionsFormatToo() throws Exception {
        CliRun run = CliRun.of("attribution", "--model", "fractribution", "--param", "path_transform=first",
                "--paths", "src/test/resources/attribution/fractribution-example_path_summary.csv");

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(Json.parse(run.out()).at("/credits/A/conversions").asDouble())
                .isCloseTo(642.877856574, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void helpListsEveryModelAndItsParameters() {
        CliRun run = CliRun.of("attribution", "--help");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("markov: ", "--param order=1 (integer >= 1)", "shapley: ",
                "--param worth=cumulative_conversions", "--param half_life_days=7 (decimal > 0)",
                "--param two_touch=renormalise", "fractribution: ", "participation: ", "shao_li: ");
    }

    @Test
    void aBadNumberIsReportedWithFileAndLine() {
        CliRun run = CliRun.of("attribution", "--model", "linear", "--paths", FIXTURES + "attribution/bad-number.csv");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.errLines()).containsExactly("stepline: " + FIXTURES
                + "attribution/bad-number.csv:3: column total_conversion_value: 'x' is not a number >= 0");
        run.assertNoJavaInternals();
    }

    @Test
    void anUnknownModelOrParameterOrFileIsNamed() {
        assertThat(CliRun.of("attribution", "--model", "last_click", "--paths", VIGNETTE).assertNoJavaInternals().err())
                .contains("no attribution model 'last_click'; the models are first_touch, last_touch, linear");
        assertThat(CliRun.of("attribution", "--model", "linear", "--param", "repeat_handling=per_visit",
                "--paths", VIGNETTE).assertNoJavaInternals().err())
                .contains("parameter 'repeat_handling' of model linear: 'per_visit' is not one of per_touch, per_channel");
        CliRun missing = CliRun.of("attribution", "--model", "linear", "--paths", "no/such.csv").assertNoJavaInternals();
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).contains("no/such.csv: no such file");
    }
}
