package io.stepline.connector.attribution;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Time decay: touches closer to the conversion earn more.
 * <ul>
 * <li>{@code kind=half_life} (default; Adobe, Google Ads/GA, attributionapp): weight
 * 2^(-t/half_life_days) with t the days (continuous) from touch to conversion, normalised per
 * conversion. Needs each path's touch ages ({@code touch_ages_days}).</li>
 * <li>{@code kind=linear_rank} (eeghor/mta {@code time_decay}): no timestamps; the distinct
 * channels in first-seen order get weights 1, 2, ..., n, normalised.</li>
 * <li>{@code kind=position} (ianchute): no timestamps; a touch followed by k more touches
 * weighs decay_rate^k, normalised.</li>
 * </ul>
 * DP6 MAM's weekly step function is {@code half_life} with ages rounded down to whole weeks.
 */
final class TimeDecayModel extends TouchWeightModel {

    @Override
    public String name() {
        return "time_decay";
    }

    @Override
    public String summary() {
        return "Touches nearer the conversion earn more: 2^(-age/half_life_days) normalised per conversion (Adobe, "
                + "Google; needs touch ages), or rank weights without timestamps (linear_rank, position).";
    }

    @Override
    List<Parameter> ownParameters() {
        return List.of(
                Parameter.choice("kind", "half_life", List.of("half_life", "linear_rank", "position"),
                        "half_life: 2^(-age_days/half_life_days) (Adobe, Google, attributionapp; needs touch ages); "
                                + "linear_rank: weights 1..n over distinct channels in first-seen order (eeghor/mta); "
                                + "position: decay_rate^(touches after it) (ianchute)."),
                Parameter.decimal("half_life_days", "7", "half-life in days for kind=half_life (Google and Adobe "
                        + "use 7).").above(0),
                Parameter.decimal("decay_rate", "0.5", "per-touch decay for kind=position.").above(0));
    }

    @Override
    double[] weights(PathTransform.Touches touches, PathRow row, Parameters parameters) throws AttributionException {
        List<String> tokens = touches.tokens();
        double[] weights = new double[tokens.size()];
        switch (parameters.choice("kind")) {
            case "half_life" -> {
                double[] ages = touches.agesDays();
                if (ages == null) {
                    throw new InvalidPathsException(row.where(), "time_decay with kind=half_life needs the touch ages "
                            + "(touch_ages_days); give them, or use kind=linear_rank or kind=position");
                }
                double halfLife = parameters.decimal("half_life_days");
                for (int i = 0; i < weights.length; i++) {
                    weights[i] = Math.pow(2, -ages[i] / halfLife);
                }
            }
            case "linear_rank" -> {
                Map<String, Integer> rank = new HashMap<>();
                for (int i = 0; i < weights.length; i++) {
                    if (!rank.containsKey(tokens.get(i))) {
                        rank.put(tokens.get(i), rank.size() + 1);
                        weights[i] = rank.size();
                    }
                }
            }
            default -> {
                double rate = parameters.decimal("decay_rate");
                for (int i = 0; i < weights.length; i++) {
                    weights[i] = Math.pow(rate, weights.length - 1 - i);
                }
            }
        }
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        for (int i = 0; i < weights.length; i++) {
            weights[i] /= sum;
        }
        return weights;
    }
}
