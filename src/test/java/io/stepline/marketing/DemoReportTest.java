package io.stepline.marketing;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepline.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DemoReportTest {
    private static final String RUN = """
            {"status": "SUCCEEDED", "executionArn": "arn:aws:states:local:000000000000:execution:marketing-attribution:demo",
             "output": {"counts": {"touchpoints": 500, "journeys": 80, "rejectedRows": 2},
                        "dataInterval": {"start": "2026-10-01T00:00:00Z", "end": "2026-11-01T00:00:00Z"},
                        "creditsByChannel": [
                          {"channel": "affiliate", "cost": 3015.071, "first_touch": 143, "last_touch": 135.0,
                           "linear": 137.33, "position_based": 139.26, "time_decay": 137.9, "markov": 144.84,
                           "shapley": 141.4, "markov_roas": 2.1},
                          {"channel": "direct", "cost": 0, "first_touch": 118, "last_touch": 136, "linear": 132.6,
                           "position_based": 128.8, "time_decay": 133.8, "markov": 131.7, "shapley": null}],
                        "models": {"failed": [{"model": "shapley", "error": "Attribution.TooManyChannels", "cause": "16 > 15"}]},
                        "datasets": {"journeys": "data/j"}}}
            """;

    @Test
    void printsCreditsAlignedWithAbsentValuesAsDashesAndTheFailedModels() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DemoReport.print(Json.parse(RUN), "2026-10-01", new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String text = bytes.toString(StandardCharsets.UTF_8);

        assertThat(text).contains("Attribution of 500 touchpoints, 80 journeys, 2 rejected rows, "
                + "2026-10-01T00:00:00Z .. 2026-11-01T00:00:00Z");
        assertThat(text).contains("channel    cost     first_touch  last_touch  linear  position_based");
        assertThat(text).contains("affiliate  3015.07  143          135         137.3   139.3");
        assertThat(text).containsPattern("direct +0 +118 +136 +132.6 +128.8 +133.8 +131.7 +- +-\n");
        assertThat(text).contains("  shapley: Attribution.TooManyChannels 16 > 15");
        assertThat(text).contains("logical_date = 2026-10-01").contains("Datasets: journeys data/j")
                .contains("scripts/stepline executions history arn:aws:states:local:000000000000:execution:"
                        + "marketing-attribution:demo");
    }

    @Test
    void theColumnsAreTheModelsTheRowsReport() throws Exception {
        var rows = Json.parse("""
                [{"channel": "email", "cost": 10, "linear": 4, "markov": 5.5, "markov_roas": 1.2},
                 {"channel": "search", "markov_roas": 0.8, "cost": 20, "linear": 6, "markov": 4.5, "bayes": 3}]
                """);
        assertThat(DemoReport.columns(rows))
                .containsExactly("channel", "cost", "linear", "markov", "bayes", "markov_roas");
        String table = DemoReport.table(rows);
        assertThat(table.lines().findFirst().orElseThrow().split(" +"))
                .containsExactly("channel", "cost", "linear", "markov", "bayes", "markov_roas");
        assertThat(table).containsPattern("email +10 +4 +5.5 +- +1.2\n");
        assertThat(table).doesNotContain("shapley").doesNotContain("first_touch");
    }
}
