package io.stepline.connector.attribution;

import java.util.Arrays;
import java.util.List;

/**
 * Linear: equal credit to every touch of a converting path. Default {@code per_touch}
 * (ChannelAttribution, Snowplow, Adobe, eeghor {@code share='proportional'}): a channel touched
 * three times in six touches gets 3/6. {@code per_channel} (eeghor's default {@code share='same'})
 * splits over distinct channels instead, which equals Zhao's simplified Shapley value.
 */
final class LinearModel extends TouchWeightModel {

    @Override
    public String name() {
        return "linear";
    }

    @Override
    public String summary() {
        return "Equal credit to every touch of each converting path (per_touch, ChannelAttribution) or to every "
                + "distinct channel of it (per_channel, eeghor/mta share='same').";
    }

    @Override
    List<Parameter> ownParameters() {
        return List.of(Parameter.choice("repeat_handling", "per_touch", List.of("per_touch", "per_channel"),
                "per_touch: a repeated channel collects one share per touch (ChannelAttribution, Snowplow, Adobe); "
                        + "per_channel: one share per distinct channel (eeghor/mta share='same')."));
    }

    @Override
    double[] weights(PathTransform.Touches touches, PathRow row, Parameters parameters) {
        List<String> tokens = touches.tokens();
        if (parameters.choice("repeat_handling").equals("per_channel")) {
            return perDistinctChannel(tokens, 1.0 / distinct(tokens));
        }
        double[] weights = new double[tokens.size()];
        Arrays.fill(weights, 1.0 / tokens.size());
        return weights;
    }
}
