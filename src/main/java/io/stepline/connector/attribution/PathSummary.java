package io.stepline.connector.attribution;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Distinct paths with their conversions, conversion value and non-converting journeys: what
 * every model reads. {@code valued} says whether the rows carry conversion values (credits in
 * value are reported only then).
 */
public record PathSummary(List<PathRow> rows, boolean valued) {

    public PathSummary {
        rows = List.copyOf(rows);
    }

    public double totalConversions() {
        return rows.stream().mapToDouble(PathRow::conversions).sum();
    }

    public double totalValue() {
        return rows.stream().mapToDouble(PathRow::value).sum();
    }

    public double totalNulls() {
        return rows.stream().mapToDouble(PathRow::nulls).sum();
    }

    /** Every channel, in order of first appearance. */
    public Set<String> channels() {
        Set<String> channels = new LinkedHashSet<>();
        rows.forEach(row -> channels.addAll(row.channels()));
        return channels;
    }

    /**
     * The summary after a path transform, identical transformed paths merged (conversions, value
     * and nulls summed), as fractribution and Markov chains need. Rows with touch ages are kept
     * apart: their ages differ.
     */
    public PathSummary transformed(PathTransform transform) {
        Map<List<String>, double[]> merged = new LinkedHashMap<>();
        List<PathRow> aged = new ArrayList<>();
        for (PathRow row : rows) {
            PathTransform.Touches touches = transform.apply(row.channels(), row.touchAgesDays());
            if (row.touchAgesDays() != null) {
                aged.add(new PathRow(touches.tokens(), row.conversions(), row.value(), row.nulls(),
                        touches.agesDays(), row.origin()));
                continue;
            }
            double[] sums = merged.computeIfAbsent(touches.tokens(), k -> new double[3]);
            sums[0] += row.conversions();
            sums[1] += row.value();
            sums[2] += row.nulls();
        }
        List<PathRow> out = new ArrayList<>(merged.size() + aged.size());
        merged.forEach((tokens, sums) -> out.add(new PathRow(tokens, sums[0], sums[1], sums[2])));
        out.addAll(aged);
        return new PathSummary(out, valued);
    }

    /** The summary without its non-converting journeys (Markov chains without null journeys). */
    public PathSummary withoutNulls() {
        List<PathRow> out = new ArrayList<>();
        for (PathRow row : rows) {
            if (row.conversions() > 0) {
                out.add(new PathRow(row.channels(), row.conversions(), row.value(), 0, row.touchAgesDays(),
                        row.origin()));
            }
        }
        return new PathSummary(out, valued);
    }
}
