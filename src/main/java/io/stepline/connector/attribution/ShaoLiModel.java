package io.stepline.connector.attribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Shao and Li (2011) simple probabilistic model, as eeghor/mta implements it: for each
 * converting path and each distinct channel i in it,
 * C(i) = p(y|i) + sum over the other distinct channels j of [p(y|i,j) - p(y|i) - p(y|j)] / (2 (n-1)),
 * times the path's conversions (and value); p(y|.) = conversions / (conversions + nulls) over all
 * paths containing the channel(s). eeghor does not normalise, so credits need not add up to total
 * conversions; {@code normalize=true} scales them to it. O(paths x distinct channels^2).
 */
final class ShaoLiModel implements AttributionModel {

    @Override
    public String name() {
        return "shao_li";
    }

    @Override
    public String summary() {
        return "Shao & Li (2011) first- and second-order conversion probabilities per channel (eeghor/mta); needs "
                + "nulls; not normalised by default.";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(Parameter.bool("normalize", "false", "scale credits to add up to total conversions and value "
                + "(eeghor/mta does not)."));
    }

    @Override
    public CreditBook attribute(PathSummary paths, Parameters parameters) {
        Map<String, Integer> index = new HashMap<>();
        List<String> channels = new ArrayList<>(paths.channels());
        channels.forEach(c -> index.put(c, index.size()));
        int k = channels.size();
        double[] single = new double[2 * k]; // [conversions, journeys] per channel
        Map<Long, double[]> pairs = new HashMap<>();
        List<int[]> sets = new ArrayList<>(paths.rows().size());
        for (PathRow row : paths.rows()) {
            int[] set = new LinkedHashSet<>(row.channels()).stream().mapToInt(index::get).toArray();
            sets.add(set);
            double journeys = row.conversions() + row.nulls();
            for (int a = 0; a < set.length; a++) {
                single[2 * set[a]] += row.conversions();
                single[2 * set[a] + 1] += journeys;
                for (int b = a + 1; b < set.length; b++) {
                    double[] pair = pairs.computeIfAbsent(key(set[a], set[b], k), x -> new double[2]);
                    pair[0] += row.conversions();
                    pair[1] += journeys;
                }
            }
        }
        double[] raw = new double[2 * k]; // [conversions, value] per channel
        for (int r = 0; r < sets.size(); r++) {
            PathRow row = paths.rows().get(r);
            int[] set = sets.get(r);
            if (row.conversions() == 0 && row.value() == 0) {
                continue;
            }
            for (int i : set) {
                double pi = ratio(single[2 * i], single[2 * i + 1]);
                double c = pi;
                for (int j : set) {
                    if (j != i) {
                        double[] pair = pairs.get(key(i, j, k));
                        double pij = ratio(pair[0], pair[1]);
                        c += (pij - pi - ratio(single[2 * j], single[2 * j + 1])) / (2.0 * (set.length - 1));
                    }
                }
                raw[2 * i] += c * row.conversions();
                raw[2 * i + 1] += c * row.value();
            }
        }
        double scaleConversions = 1;
        double scaleValue = 1;
        if (parameters.bool("normalize")) {
            double conversions = 0;
            double value = 0;
            for (int i = 0; i < k; i++) {
                conversions += raw[2 * i];
                value += raw[2 * i + 1];
            }
            scaleConversions = conversions == 0 ? 0 : paths.totalConversions() / conversions;
            scaleValue = value == 0 ? 0 : paths.totalValue() / value;
        }
        CreditBook book = new CreditBook(channels);
        for (int i = 0; i < k; i++) {
            book.add(channels.get(i), raw[2 * i] * scaleConversions, raw[2 * i + 1] * scaleValue);
        }
        return book;
    }

    private static long key(int a, int b, int k) {
        return a < b ? (long) a * k + b : (long) b * k + a;
    }

    private static double ratio(double conversions, double journeys) {
        return journeys == 0 ? 0 : conversions / journeys;
    }
}
