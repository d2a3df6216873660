package io.stepline.marketing;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.json.Json;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Prints what {@code scripts/demo} shows after a run of the marketing-attribution pipeline: the
 * credits per channel and model as a table, the models that failed, and where the results and
 * the run's history are. Reads the JSON that {@code stepline run} printed. In Java rather than
 * jq so that the main command needs nothing but Java on a fresh machine.
 */
public final class DemoReport {
    /** The columns every row has first; each other column is a model's credits, or a ratio ({@code *_roas}). */
    private static final List<String> LEADING = List.of("channel", "cost");
    private static final String RATIO_SUFFIX = "_roas";

    private DemoReport() {
    }

    /** {@code DemoReport RUN_OUTPUT.json LOGICAL_DATE}; exit 1 when the run did not succeed. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: DemoReport RUN_OUTPUT.json LOGICAL_DATE");
            System.exit(2);
        }
        JsonNode run = Json.parse(Files.readString(Path.of(args[0]), StandardCharsets.UTF_8));
        if (!"SUCCEEDED".equals(run.path("status").asText())) {
            System.err.println("The pipeline did not succeed:");
            System.err.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(run));
            System.exit(1);
        }
        print(run, args[1], System.out);
    }

    static void print(JsonNode run, String logicalDate, PrintStream out) {
        JsonNode output = run.path("output");
        JsonNode counts = output.path("counts");
        out.println();
        out.printf("Attribution of %s touchpoints, %s journeys, %s rejected rows, %s .. %s%n",
                counts.path("touchpoints").asText(), counts.path("journeys").asText(),
                counts.path("rejectedRows").asText(), output.path("dataInterval").path("start").asText(),
                output.path("dataInterval").path("end").asText());
        out.println("Conversions credited per channel and model (markov_roas = Markov-credited value / channel cost):");
        out.println();
        out.print(table(output.path("creditsByChannel")));
        JsonNode failed = output.path("models").path("failed");
        if (failed.size() > 0) {
            out.println();
            out.println("Models that failed:");
            failed.forEach(model -> out.printf("  %s: %s %s%n", model.path("model").asText(),
                    model.path("error").asText(), model.path("cause").asText()));
        }
        List<String> datasets = new ArrayList<>();
        output.path("datasets").fields().forEachRemaining(e -> datasets.add(e.getKey() + " " + e.getValue().asText()));
        String arn = run.path("executionArn").asText();
        out.printf("""

                Results:  data/warehouse.duckdb, tables marketing.attribution_credits, marketing.channel_roi,
                          marketing.channel_costs and marketing.attribution_runs (logical_date = %s), e.g.
                          duckdb data/warehouse.duckdb "SELECT * FROM marketing.channel_roi WHERE model = 'markov'"
                Datasets: %s
                History:  scripts/stepline executions history %s
                          scripts/stepline executions list
                """, logicalDate, String.join(", ", datasets), arn);
    }

    /**
     * The table's columns, from the rows themselves (the summary query decides which models it
     * reports): channel and cost, then the models in the order the rows name them, then ratios.
     */
    static List<String> columns(JsonNode rows) {
        Set<String> named = new LinkedHashSet<>();
        rows.forEach(row -> row.fieldNames().forEachRemaining(named::add));
        named.removeAll(LEADING);
        List<String> columns = new ArrayList<>(LEADING);
        named.stream().filter(name -> !name.endsWith(RATIO_SUFFIX)).forEach(columns::add);
        named.stream().filter(name -> name.endsWith(RATIO_SUFFIX)).forEach(columns::add);
        return columns;
    }

    /** Columns aligned on their widest cell; credits to one decimal, costs to cents, "-" when absent. */
    static String table(JsonNode rows) {
        List<String> header = columns(rows);
        List<List<String>> cells = new ArrayList<>();
        cells.add(header);
        for (JsonNode row : rows) {
            List<String> line = new ArrayList<>(List.of(row.path("channel").asText(), number(row.get("cost"), 2)));
            for (String column : header.subList(2, header.size())) {
                line.add(number(row.get(column), 1));
            }
            cells.add(line);
        }
        int[] widths = new int[header.size()];
        cells.forEach(line -> {
            for (int i = 0; i < line.size(); i++) {
                widths[i] = Math.max(widths[i], line.get(i).length());
            }
        });
        StringBuilder text = new StringBuilder();
        for (List<String> line : cells) {
            for (int i = 0; i < line.size(); i++) {
                String cell = line.get(i);
                text.append(cell);
                if (i < line.size() - 1) {
                    text.append(" ".repeat(widths[i] - cell.length() + 2));
                }
            }
            text.append('\n');
        }
        return text.toString();
    }

    private static String number(JsonNode value, int decimals) {
        if (value == null || value.isNull() || !value.isNumber()) {
            return "-";
        }
        String text = String.format(Locale.ROOT, "%." + decimals + "f", value.asDouble());
        // 143.0 reads as 143, as credits of whole conversions do
        return text.contains(".") ? text.replaceAll("\\.?0+$", "") : text;
    }
}
