package io.stepline.connector.attribution;

import java.util.List;

/**
 * Position based (U-shaped by default): {@code first} to the first touch, {@code last} to the
 * last, {@code middle} split equally over the touches between. One touch gets everything.
 *
 * <p>Two touches have no middle; implementations disagree for asymmetric weights. Default
 * {@code two_touch=renormalise} (Adobe, eeghor/mta): first and last keep their proportion, so
 * 20/20/60 gives 25/75. {@code split_middle} (DP6 MAM, ianchute) adds half the middle weight
 * to each, so 20/20/60 gives 30/70. Both give 50/50 for the symmetric 40/20/40.
 */
final class PositionBasedModel extends TouchWeightModel {

    @Override
    public String name() {
        return "position_based";
    }

    @Override
    public String summary() {
        return "first/middle/last weights (40/20/40 default); the middle weight is split equally over the middle "
                + "touches; one touch gets 100%.";
    }

    @Override
    List<Parameter> ownParameters() {
        return List.of(
                Parameter.decimal("first", "0.4", "weight of the first touch; first+middle+last must be 1.").atLeast(0),
                Parameter.decimal("middle", "0.2", "weight split equally over the touches between first and last.")
                        .atLeast(0),
                Parameter.decimal("last", "0.4", "weight of the last touch.").atLeast(0),
                Parameter.choice("two_touch", "renormalise", List.of("renormalise", "split_middle"),
                        "paths of two touches: renormalise first/last (Adobe, eeghor/mta: 30/0/70 -> 30/70, "
                                + "20/20/60 -> 25/75) or split_middle, half the middle weight to each (DP6, ianchute: "
                                + "20/20/60 -> 30/70)."));
    }

    @Override
    double[] weights(PathTransform.Touches touches, PathRow row, Parameters parameters)
            throws InvalidParameterException {
        double first = parameters.decimal("first");
        double middle = parameters.decimal("middle");
        double last = parameters.decimal("last");
        if (Math.abs(first + middle + last - 1) > 1e-9) {
            throw parameters.invalid("first", "first + middle + last must be 1, not " + (first + middle + last));
        }
        int n = touches.tokens().size();
        double[] weights = new double[n];
        if (n == 1) {
            weights[0] = 1;
        } else if (n == 2) {
            boolean renormalise = parameters.choice("two_touch").equals("renormalise") && first + last > 0;
            weights[0] = renormalise ? first / (first + last) : first + middle / 2;
            weights[1] = renormalise ? last / (first + last) : last + middle / 2;
        } else {
            weights[0] = first;
            weights[n - 1] = last;
            for (int i = 1; i < n - 1; i++) {
                weights[i] = middle / (n - 2);
            }
        }
        return weights;
    }
}
