package io.stepline.connector.attribution;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Markov chain removal effect (Anderl et al. 2016; ChannelAttribution, jerednel, DP6).
 *
 * <p>States are (start), the channels (for {@code order} k, the tuples of the last k channels,
 * shorter at the start of a path, as ChannelAttribution), (conversion) and (null). A path's
 * transitions weigh its conversions + nulls; its last state goes to (conversion) by its
 * conversions and to (null) by its nulls. Without null journeys ({@code use_nulls=false}) every
 * walk converts. Removing channel k sends every transition into a state containing k to (null);
 * RE_k = 1 - P_k(conversion) / P(conversion), and credit_k = RE_k / sum RE x total conversions
 * (likewise for value: RE share x total value, as jerednel and DP6; ChannelAttribution draws
 * values per last channel in its simulation instead).
 *
 * <p>Computed exactly (absorbing chain linear system), not by ChannelAttribution's Monte Carlo,
 * whose results differ from these by its sampling error. Paths are collapsed with the exposure
 * transform by default (ChannelAttribution v2 drops self-loops); order-1 removal effects are
 * the same with self-loops ({@code path_transform=unique}).
 */
final class MarkovModel implements AttributionModel {

    @Override
    public String name() {
        return "markov";
    }

    @Override
    public String summary() {
        return "Removal effect of each channel in an absorbing Markov chain of order k, solved exactly; credit = "
                + "RE share x total conversions (and x total value).";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(
                Parameter.integer("order", "1", "states are the last `order` channels (higher-order chain).").atLeast(1),
                Parameter.bool("use_nulls", "true", "include non-converting journeys (false: every walk converts, "
                        + "P(conversion) = 1)."),
                Parameter.pathTransform(PathTransform.EXPOSURE, "Default exposure: no self-loops "
                        + "(ChannelAttribution v2); unique keeps them (its 2015 vignette, jerednel)."));
    }

    @Override
    public CreditBook attribute(PathSummary paths, Parameters parameters) {
        PathTransform transform = parameters.pathTransform();
        int order = parameters.integer("order");
        PathSummary summary = paths.transformed(transform);
        if (!parameters.bool("use_nulls")) {
            summary = summary.withoutNulls();
        }
        AbsorbingChain.Builder<List<String>> builder = chainOf(summary, order);
        AbsorbingChain chain = builder.build();
        Map<String, boolean[]> statesWith = statesWithChannel(builder.states(), transform, chain.size());

        double p = chain.conversionProbability(new boolean[chain.size()]);
        Map<String, Double> removalEffects = new LinkedHashMap<>();
        double sum = 0;
        for (Map.Entry<String, boolean[]> e : statesWith.entrySet()) {
            double effect = p == 0 ? 0 : 1 - chain.conversionProbability(e.getValue()) / p;
            removalEffects.put(e.getKey(), effect);
            sum += effect;
        }
        CreditBook book = new CreditBook(paths.channels());
        for (Map.Entry<String, Double> e : removalEffects.entrySet()) {
            double share = sum == 0 ? 0 : e.getValue() / sum;
            book.add(e.getKey(), share * paths.totalConversions(), share * paths.totalValue());
        }
        book.perChannel("removal_effects", removalEffects);
        book.figure("p_conversion", p);
        return book;
    }

    /** The chain of a (transformed) summary: states are tuples of the last {@code order} channels. */
    static AbsorbingChain.Builder<List<String>> chainOf(PathSummary summary, int order) {
        AbsorbingChain.Builder<List<String>> builder = new AbsorbingChain.Builder<>();
        for (PathRow row : summary.rows()) {
            double weight = row.conversions() + row.nulls();
            if (weight == 0) {
                continue;
            }
            List<String> tokens = row.channels();
            int previous = -1;
            for (int i = 0; i < tokens.size(); i++) {
                int state = builder.state(List.copyOf(tokens.subList(Math.max(0, i - order + 1), i + 1)));
                if (previous < 0) {
                    builder.fromStart(state, weight);
                } else {
                    builder.edge(previous, state, weight);
                }
                previous = state;
            }
            builder.end(previous, row.conversions(), row.nulls());
        }
        return builder;
    }

    /** For each channel, which states contain it (and are removed with it). */
    private static Map<String, boolean[]> statesWithChannel(List<List<String>> states, PathTransform transform, int n) {
        Map<String, boolean[]> with = new LinkedHashMap<>();
        for (int s = 0; s < states.size(); s++) {
            Set<String> channels = new HashSet<>();
            states.get(s).forEach(token -> channels.add(transform.channelOf(token)));
            for (String channel : new ArrayList<>(channels)) {
                with.computeIfAbsent(channel, c -> new boolean[n])[s] = true;
            }
        }
        return with;
    }
}
