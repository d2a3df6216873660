package io.stepline.connector.attribution;

import java.util.ArrayList;
import java.util.List;

/**
 * A rule-based model: each converting path's conversions and value are split over its touches by
 * weights that depend on that path alone. Non-converting journeys play no part (as in every
 * implementation of these models). O(paths x path length).
 */
abstract class TouchWeightModel implements AttributionModel {

    /**
     * The weights of the (transformed) touches of one converting path, usually summing to 1.
     * A repeated channel collects the weights of each of its touches.
     */
    abstract double[] weights(PathTransform.Touches touches, PathRow row, Parameters parameters)
            throws AttributionException;

    /** The model's own parameters; {@code path_transform} is added to them. */
    abstract List<Parameter> ownParameters();

    /**
     * Unique (paths as observed) by default, as ChannelAttribution's heuristic_models, Adobe and
     * eeghor/mta; Snowplow applies exposure first, which {@code path_transform=exposure} gives.
     */
    PathTransform defaultTransform() {
        return PathTransform.UNIQUE;
    }

    @Override
    public final List<Parameter> parameters() {
        List<Parameter> all = new ArrayList<>(ownParameters());
        all.add(Parameter.pathTransform(defaultTransform(), "Default " + defaultTransform().parameterValue()
                + " (ChannelAttribution, Adobe, eeghor/mta); Snowplow applies exposure."));
        return all;
    }

    @Override
    public final CreditBook attribute(PathSummary paths, Parameters parameters) throws AttributionException {
        PathTransform transform = parameters.pathTransform();
        CreditBook book = new CreditBook(paths.channels());
        for (PathRow row : paths.rows()) {
            if (row.conversions() == 0 && row.value() == 0) {
                continue;
            }
            PathTransform.Touches touches = transform.apply(row.channels(), row.touchAgesDays());
            double[] weights = weights(touches, row, parameters);
            for (int i = 0; i < weights.length; i++) {
                if (weights[i] != 0) {
                    book.add(transform.channelOf(touches.tokens().get(i)), row.conversions() * weights[i],
                            row.value() * weights[i]);
                }
            }
        }
        return book;
    }

    /** Weights spread evenly over the first touch of each distinct channel. */
    static double[] perDistinctChannel(List<String> tokens, double each) {
        double[] weights = new double[tokens.size()];
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (seen.add(tokens.get(i))) {
                weights[i] = each;
            }
        }
        return weights;
    }

    static long distinct(List<String> tokens) {
        return tokens.stream().distinct().count();
    }
}
