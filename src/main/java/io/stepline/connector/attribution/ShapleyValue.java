package io.stepline.connector.attribution;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * The exact Shapley value of a cooperative game: phi_j = sum over coalitions S without j of
 * |S|! (n-|S|-1)! / n! (v(S + j) - v(S)). Worth is evaluated once per coalition (2^n values,
 * cached in an array indexed by bit mask), then O(2^n x n): exact up to about 20 players.
 */
public final class ShapleyValue {

    private ShapleyValue() {
    }

    /** Shapley values for worth given per coalition bit mask (bit j = player j), {@code worth.length == 2^n}. */
    public static double[] of(int players, double[] worth) {
        if (worth.length != 1 << players) {
            throw new IllegalArgumentException("worth needs 2^" + players + " coalitions, not " + worth.length);
        }
        double[] weight = new double[players];
        for (int size = 0; size < players; size++) {
            // |S|! (n-|S|-1)! / n! = 1 / (n * C(n-1, |S|))
            weight[size] = 1.0 / (players * binomial(players - 1, size));
        }
        double[] phi = new double[players];
        for (int mask = 0; mask < worth.length; mask++) {
            int size = Integer.bitCount(mask);
            for (int j = 0; j < players; j++) {
                if ((mask & (1 << j)) == 0) {
                    phi[j] += weight[size] * (worth[mask | (1 << j)] - worth[mask]);
                }
            }
        }
        return phi;
    }

    /** Shapley values of named players for a characteristic function over sets of them. */
    public static Map<String, Double> of(List<String> players, ToDoubleFunction<Set<String>> worth) {
        double[] values = new double[1 << players.size()];
        for (int mask = 0; mask < values.length; mask++) {
            Set<String> coalition = new HashSet<>();
            for (int j = 0; j < players.size(); j++) {
                if ((mask & (1 << j)) != 0) {
                    coalition.add(players.get(j));
                }
            }
            values[mask] = worth.applyAsDouble(coalition);
        }
        double[] phi = of(players.size(), values);
        Map<String, Double> byPlayer = new LinkedHashMap<>();
        for (int j = 0; j < players.size(); j++) {
            byPlayer.put(players.get(j), phi[j]);
        }
        return byPlayer;
    }

    private static double binomial(int n, int k) {
        double result = 1;
        for (int i = 1; i <= k; i++) {
            result = result * (n - k + i) / i;
        }
        return result;
    }
}
