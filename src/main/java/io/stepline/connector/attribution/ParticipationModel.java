package io.stepline.connector.attribution;

import java.util.List;

/**
 * Participation (Adobe): every distinct channel of a converting path gets the path's full
 * credit, so credits add up to more than the total; it says how often a channel took part.
 */
final class ParticipationModel extends TouchWeightModel {

    @Override
    public String name() {
        return "participation";
    }

    @Override
    public String summary() {
        return "Full credit of each converting path to every distinct channel in it (Adobe); credits sum to more "
                + "than the total.";
    }

    @Override
    List<Parameter> ownParameters() {
        return List.of();
    }

    @Override
    double[] weights(PathTransform.Touches touches, PathRow row, Parameters parameters) {
        return perDistinctChannel(touches.tokens(), 1);
    }
}
