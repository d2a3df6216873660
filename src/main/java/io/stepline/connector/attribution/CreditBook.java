package io.stepline.connector.attribution;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Credits being summed per channel, in conversions and in conversion value, plus what a model
 * reports besides (Markov removal effects, the chain's conversion probability).
 */
public final class CreditBook {
    private final Map<String, double[]> credits = new LinkedHashMap<>();
    private final Map<String, Map<String, Double>> perChannel = new LinkedHashMap<>();
    private final Map<String, Double> figures = new LinkedHashMap<>();

    /** Every channel is listed, with 0 when it earns nothing. */
    public CreditBook(Iterable<String> channels) {
        channels.forEach(channel -> credits.put(channel, new double[2]));
    }

    public void add(String channel, double conversions, double value) {
        double[] sums = credits.computeIfAbsent(channel, c -> new double[2]);
        sums[0] += conversions;
        sums[1] += value;
    }

    /** A per-channel figure a model reports besides credits, e.g. {@code removal_effects}. */
    public void perChannel(String name, Map<String, Double> values) {
        perChannel.put(name, Map.copyOf(values));
    }

    /** A single figure a model reports besides credits, e.g. {@code p_conversion}. */
    public void figure(String name, double value) {
        figures.put(name, value);
    }

    Map<String, double[]> credits() {
        return credits;
    }

    Map<String, Map<String, Double>> perChannel() {
        return perChannel;
    }

    Map<String, Double> figures() {
        return figures;
    }
}
