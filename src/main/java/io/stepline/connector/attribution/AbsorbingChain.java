package io.stepline.connector.attribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * A Markov chain of transient states with two absorbing states, (conversion) and (null), built
 * from weighted transitions. Answers, exactly, the probability that a walk from (start) ends in
 * (conversion), optionally with some states "removed" (their inbound transitions sent to
 * (null)). Solves x = Qx + r (x_s = P(conversion | at s)): by LU decomposition up to
 * {@value #DENSE_LIMIT} live states, by Gauss-Seidel sweeps on the sparse chain above that (higher
 * orders), run until no probability moves by more than 1e-15.
 */
final class AbsorbingChain {
    static final int DENSE_LIMIT = 400;
    private static final int MAX_SWEEPS = 1_000_000;

    private final double[] start;
    private final int[][] next;
    private final double[][] probability;
    private final double[] toConversion;

    private AbsorbingChain(double[] start, int[][] next, double[][] probability, double[] toConversion) {
        this.start = start;
        this.next = next;
        this.probability = probability;
        this.toConversion = toConversion;
    }

    int size() {
        return start.length;
    }

    /** P(start reaches conversion) with the {@code removed} states leading to (null). */
    double conversionProbability(boolean[] removed) {
        return conversionFromStart(live(removed) <= DENSE_LIMIT ? solveDense(removed) : solveIteratively(removed));
    }

    /** P(conversion) from (start), given P(conversion | at s) per state. */
    double conversionFromStart(double[] x) {
        double p = 0;
        for (int s = 0; s < x.length; s++) {
            p += start[s] * x[s];
        }
        return p;
    }

    private int live(boolean[] removed) {
        int live = 0;
        for (boolean r : removed) {
            live += r ? 0 : 1;
        }
        return live;
    }

    /** P(conversion | at s) for every state, by LU decomposition. */
    double[] solveDense(boolean[] removed) {
        int[] index = new int[size()];
        int live = 0;
        for (int s = 0; s < size(); s++) {
            index[s] = removed[s] ? -1 : live++;
        }
        double[] x = new double[size()];
        if (live == 0) {
            return x;
        }
        RealMatrix a = new Array2DRowRealMatrix(live, live);
        double[] r = new double[live];
        for (int s = 0; s < size(); s++) {
            if (index[s] < 0) {
                continue;
            }
            a.addToEntry(index[s], index[s], 1);
            r[index[s]] = toConversion[s];
            for (int k = 0; k < next[s].length; k++) {
                int t = next[s][k];
                if (index[t] >= 0) {
                    a.addToEntry(index[s], index[t], -probability[s][k]);
                }
            }
        }
        double[] solved = new LUDecomposition(a).getSolver().solve(new ArrayRealVector(r, false)).toArray();
        for (int s = 0; s < size(); s++) {
            x[s] = index[s] < 0 ? 0 : solved[index[s]];
        }
        return x;
    }

    /** P(conversion | at s) for every state, by Gauss-Seidel sweeps over the sparse chain. */
    double[] solveIteratively(boolean[] removed) {
        double[] x = new double[size()];
        for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
            double moved = 0;
            for (int s = 0; s < x.length; s++) {
                if (removed[s]) {
                    continue;
                }
                double v = toConversion[s];
                for (int k = 0; k < next[s].length; k++) {
                    v += probability[s][k] * x[next[s][k]];
                }
                moved = Math.max(moved, Math.abs(v - x[s]));
                x[s] = v;
            }
            if (moved < 1e-15) {
                break;
            }
        }
        return x;
    }

    /** Accumulates weighted transitions between states keyed by anything (channel tuples). */
    static final class Builder<S> {
        private final Map<S, Integer> index = new HashMap<>();
        private final List<S> states = new ArrayList<>();
        private final List<Map<Integer, Double>> edges = new ArrayList<>();
        private final List<double[]> ends = new ArrayList<>(); // [to conversion, to null]
        private final Map<Integer, Double> start = new HashMap<>();

        int state(S key) {
            return index.computeIfAbsent(key, k -> {
                states.add(k);
                edges.add(new HashMap<>());
                ends.add(new double[2]);
                return states.size() - 1;
            });
        }

        List<S> states() {
            return states;
        }

        void fromStart(int state, double weight) {
            start.merge(state, weight, Double::sum);
        }

        void edge(int from, int to, double weight) {
            edges.get(from).merge(to, weight, Double::sum);
        }

        void end(int from, double conversions, double nulls) {
            ends.get(from)[0] += conversions;
            ends.get(from)[1] += nulls;
        }

        /** Transition probabilities are the weights normalised per state (and for (start)). */
        AbsorbingChain build() {
            int n = states.size();
            double[] startP = new double[n];
            double startTotal = start.values().stream().mapToDouble(Double::doubleValue).sum();
            start.forEach((s, w) -> startP[s] = startTotal == 0 ? 0 : w / startTotal);
            int[][] next = new int[n][];
            double[][] probability = new double[n][];
            double[] toConversion = new double[n];
            for (int s = 0; s < n; s++) {
                Map<Integer, Double> out = edges.get(s);
                double total = ends.get(s)[0] + ends.get(s)[1]
                        + out.values().stream().mapToDouble(Double::doubleValue).sum();
                next[s] = new int[out.size()];
                probability[s] = new double[out.size()];
                int k = 0;
                for (Map.Entry<Integer, Double> e : out.entrySet()) {
                    next[s][k] = e.getKey();
                    probability[s][k++] = total == 0 ? 0 : e.getValue() / total;
                }
                toConversion[s] = total == 0 ? 0 : ends.get(s)[0] / total;
            }
            return new AbsorbingChain(startP, next, probability, toConversion);
        }
    }
}
