package io.stepline.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepline.json.Json;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The comparisons of one run: printed as a table (with PASS/MISS against targets; a miss never
 * fails the run) and written as a JSON array of {workload, metric, stepline, peer, ratio}.
 */
final class Report {

    /** One stepline-vs-peer comparison; {@code target} is null when the issue sets none. */
    record Row(String workload, String metric, double stepline, double peer, Target target) {
        double ratio() {
            return stepline / peer;
        }

        String verdict() {
            return target == null ? "-" : target.met(stepline, peer) ? "PASS" : "MISS";
        }
    }

    private final List<Row> rows = new ArrayList<>();

    void add(String workload, String metric, double stepline, double peer, Target target) {
        rows.add(new Row(workload, metric, stepline, peer, target));
    }

    List<Row> rows() {
        return rows;
    }

    void print(PrintStream out) {
        String[] header = {"workload", "metric", "stepline", "peer", "ratio", "target", "verdict"};
        List<String[]> lines = new ArrayList<>();
        lines.add(header);
        for (Row row : rows) {
            lines.add(new String[] {row.workload(), row.metric(), format(row.stepline()), format(row.peer()),
                    format(row.ratio()) + "x", row.target() == null ? "-" : row.target().text(), row.verdict()});
        }
        int[] widths = new int[header.length];
        for (String[] line : lines) {
            for (int c = 0; c < line.length; c++) {
                widths[c] = Math.max(widths[c], line[c].length());
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            StringBuilder text = new StringBuilder();
            for (int c = 0; c < header.length; c++) {
                boolean number = c >= 2 && c <= 4;
                String cell = lines.get(i)[c];
                String pad = " ".repeat(widths[c] - cell.length());
                text.append(number && i > 0 ? pad + cell : cell + pad).append(c + 1 < header.length ? "  " : "");
            }
            out.println(text.toString().stripTrailing());
            if (i == 0) {
                out.println("-".repeat(text.toString().stripTrailing().length()));
            }
        }
    }

    /** Prints the header lines, the table and the notes, writes the JSON, and says where. */
    void finish(PrintStream out, List<String> header, List<String> notes, Path result) throws IOException {
        out.println();
        header.forEach(out::println);
        out.println();
        print(out);
        out.println();
        notes.forEach(note -> out.println("note: " + note));
        writeJson(result);
        out.println("results: " + result);
    }

    void writeJson(Path file) throws IOException {
        ArrayNode array = Json.NODES.arrayNode();
        for (Row row : rows) {
            ObjectNode node = array.addObject();
            node.put("workload", row.workload());
            node.put("metric", row.metric());
            put(node, "stepline", row.stepline());
            put(node, "peer", row.peer());
            put(node, "ratio", row.ratio());
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(array) + "\n");
    }

    /** Four significant digits (medians vary by more than that run to run); null when not measurable. */
    private static void put(ObjectNode node, String field, double value) {
        if (Double.isFinite(value)) {
            BigDecimal rounded = new BigDecimal(value).round(new MathContext(4)).stripTrailingZeros();
            // 2420, not 2.42E+3: a negative scale is what makes Jackson write the exponent form
            node.put(field, rounded.scale() < 0 ? rounded.setScale(0) : rounded);
        } else {
            node.putNull(field);
        }
    }

    static String format(double value) {
        if (!Double.isFinite(value)) {
            return "n/a";
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(3));
        return Math.abs(value) >= 1000 ? String.format("%,.0f", value) : rounded.stripTrailingZeros().toPlainString();
    }
}
