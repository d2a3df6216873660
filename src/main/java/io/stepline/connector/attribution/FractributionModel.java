package io.stepline.connector.attribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Google fractribution (github google/fractribution): after a path transform (identical
 * transformed paths merged), each converting path's touch i earns
 * max(0, p(path) - p(path without touch i)), p = conversions / (conversions + non-conversions)
 * of that exact transformed path, 0 when the counterfactual path was never observed. A
 * single-touch path earns 100%; fractions are normalised to 1 ({@code normalize}); when every
 * marginal is 0 the last touch gets 100%. A channel's credit is the sum of its touches'
 * fractions times the path's conversions (and value). Frequency-transformed events ({@code D(2)})
 * credit their channel. Default transform exposure, as fractribution's own default.
 * O(paths x length^2): each counterfactual is a path one touch shorter.
 */
final class FractributionModel implements AttributionModel {

    @Override
    public String name() {
        return "fractribution";
    }

    @Override
    public String summary() {
        return "Google fractribution: per path, the drop in conversion probability when one touch is removed "
                + "(counterfactual path), normalised; needs nulls.";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(
                Parameter.pathTransform(PathTransform.EXPOSURE, "Default exposure (fractribution's default)."),
                Parameter.bool("normalize", "true", "normalise each path's marginal contributions to 1 "
                        + "(fractribution's default); false keeps raw probability differences."));
    }

    @Override
    public CreditBook attribute(PathSummary paths, Parameters parameters) {
        PathTransform transform = parameters.pathTransform();
        boolean normalize = parameters.bool("normalize");
        PathSummary summary = paths.transformed(transform);
        Map<List<String>, Double> probability = new HashMap<>();
        for (PathRow row : summary.rows()) {
            double journeys = row.conversions() + row.nulls();
            probability.merge(row.channels(), journeys == 0 ? 0 : row.conversions() / journeys, (a, b) -> a);
        }
        CreditBook book = new CreditBook(paths.channels());
        for (PathRow row : summary.rows()) {
            if (row.conversions() == 0) {
                continue;
            }
            double[] fractions = fractions(row.channels(), probability, normalize);
            for (int i = 0; i < fractions.length; i++) {
                book.add(transform.channelOf(row.channels().get(i)), fractions[i] * row.conversions(),
                        fractions[i] * row.value());
            }
        }
        return book;
    }

    private static double[] fractions(List<String> path, Map<List<String>, Double> probability, boolean normalize) {
        int n = path.size();
        double p = probability.get(path);
        double[] marginal = new double[n];
        if (n == 1) {
            marginal[0] = p;
        } else {
            for (int i = 0; i < n; i++) {
                List<String> counterfactual = new ArrayList<>(n - 1);
                counterfactual.addAll(path.subList(0, i));
                counterfactual.addAll(path.subList(i + 1, n));
                marginal[i] = Math.max(0, p - probability.getOrDefault(counterfactual, 0.0));
            }
        }
        double sum = 0;
        for (double m : marginal) {
            sum += m;
        }
        if (sum == 0) {
            marginal[n - 1] = 1;
        } else if (normalize) {
            for (int i = 0; i < n; i++) {
                marginal[i] /= sum;
            }
        }
        return marginal;
    }
}
