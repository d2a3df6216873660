package io.stepline.connector.attribution;

import java.util.List;

/**
 * First touch and last touch: all of a converting path's credit to its first (or last) touch.
 * The same in every implementation; non-converting journeys play no part. Which touches are in
 * the path at all (Adobe's visit or visitor lookback) is decided when journeys are built.
 */
final class SingleTouchModel extends TouchWeightModel {
    private final boolean first;

    private SingleTouchModel(boolean first) {
        this.first = first;
    }

    static SingleTouchModel firstTouch() {
        return new SingleTouchModel(true);
    }

    static SingleTouchModel lastTouch() {
        return new SingleTouchModel(false);
    }

    @Override
    public String name() {
        return first ? "first_touch" : "last_touch";
    }

    @Override
    public String summary() {
        return "All credit of each converting path to its " + (first ? "first" : "last")
                + " touch. Non-converting journeys are ignored.";
    }

    @Override
    List<Parameter> ownParameters() {
        return List.of();
    }

    @Override
    double[] weights(PathTransform.Touches touches, PathRow row, Parameters parameters) {
        double[] weights = new double[touches.tokens().size()];
        weights[first ? 0 : weights.length - 1] = 1;
        return weights;
    }
}
