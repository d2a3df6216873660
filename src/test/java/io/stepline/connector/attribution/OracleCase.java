package io.stepline.connector.attribution;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One case of oracle.json (src/test/resources/attribution, copied from the shared oracle) and
 * how its descriptive parameters translate into this library's: the oracle describes
 * conventions in words ("exposure (collapse consecutive repeats) BEFORE attribution"), the models
 * take names ({@code path_transform=exposure}).
 */
record OracleCase(JsonNode json) {
    static final Path RESOURCES = resources();

    String id() {
        return json.get("id").asText();
    }

    String model() {
        return json.get("model").asText();
    }

    String creditUnit() {
        return json.path("params").path("credit_unit").asText("conversions");
    }

    double tolerance(double expected) {
        JsonNode tolerance = json.get("tolerance");
        return tolerance.path("abs").asDouble() + tolerance.path("rel").asDouble() * Math.abs(expected);
    }

    /** The path summary: inline rows, or the fixture CSV the case names. */
    PathSummary paths() throws AttributionException {
        if (json.path("input_ref").isObject()) {
            String fixture = json.get("input_ref").get("path").asText();
            String file = fixture.endsWith("Data.csv") ? "ChannelAttribution-Data.csv"
                    : "fractribution-example_path_summary.csv";
            return PathSummaryReader.readCsv(RESOURCES.resolve(file));
        }
        return PathSummaryReader.fromJson(json.get("input_paths"), id());
    }

    /** The oracle's parameters in this library's terms. */
    Map<String, String> parameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        json.path("params").properties().forEach(e -> {
            String name = e.getKey();
            String text = e.getValue().asText();
            switch (name) {
                // Descriptions of the oracle's inputs, not model settings.
                case "credit_unit", "lookback", "weight" -> { }
                case "two_touch" -> {
                    if (text.startsWith("renormalise")) {
                        parameters.put(name, "renormalise");
                    }
                }
                case "kind" -> parameters.put(name, firstWord(text));
                case "worth" -> parameters.put(name, "cumulative_conversions"); // Zhao, in the cases with paths
                case "path_transform" -> parameters.put(name, firstWord(text).equals("none") ? "unique" : firstWord(text));
                case "normalize" -> {
                    if (!model().equals("shapley")) { // shapley's "normalize" is the oracle's share unit
                        parameters.put(name, text);
                    }
                }
                default -> parameters.put(name, text);
            }
        });
        return parameters;
    }

    private static String firstWord(String text) {
        return text.split("[\\s:(]", 2)[0];
    }

    @Override
    public String toString() {
        return id();
    }

    private static Path resources() {
        try {
            return Path.of(OracleCase.class.getResource("/attribution/oracle.json").toURI()).getParent();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
