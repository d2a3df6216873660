package io.stepline.connector.attribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Shapley value attribution; channels are players, order and repeats within a path are ignored.
 * <ul>
 * <li>{@code worth=cumulative_conversions} (default; Zhao et al. 2018 simplified Shapley, as
 * eeghor/mta, ianchute and the TDS notebook): v(S) = conversions of journeys whose channel set is
 * a subset of S. Its exact Shapley value has the closed form phi_j = sum over channel sets T
 * containing j of conv(T) / |T|, computed in O(paths x path length) for any number of channels.
 * Nulls are ignored.</li>
 * <li>{@code worth=conversion_rate} (Dalessandro et al. 2012 style, DP6 {@code conv_rate}):
 * v(S) = conversions / (conversions + nulls) of journeys whose channel set is exactly S (0 when
 * none); exact over all 2^channels coalitions, so at most {@code max_channels} channels. The
 * values are scaled to shares of total conversions (and value).</li>
 * </ul>
 * Ordered Shapley (Zhao's per-position variant) is not offered.
 */
final class ShapleyModel implements AttributionModel {

    @Override
    public String name() {
        return "shapley";
    }

    @Override
    public String summary() {
        return "Shapley value of channels as players: Zhao's simplified worth (conversions of journeys within a "
                + "coalition, default) or conversion-rate worth (exact over 2^channels coalitions).";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(
                Parameter.choice("worth", "cumulative_conversions", List.of("cumulative_conversions", "conversion_rate"),
                        "cumulative_conversions: v(S) = conversions of journeys whose channels are all in S (Zhao "
                                + "2018, eeghor/mta; closed form, no channel limit); conversion_rate: v(S) = conversion "
                                + "rate of journeys with exactly channels S (needs nulls; exact, 2^channels)."),
                Parameter.integer("max_channels", "15", "worth=conversion_rate refuses more channels than this "
                        + "(time and memory grow as 2^channels; at most 24).").atLeast(1));
    }

    @Override
    public CreditBook attribute(PathSummary paths, Parameters parameters) throws InvalidParameterException {
        CreditBook book = new CreditBook(paths.channels());
        if (parameters.choice("worth").equals("cumulative_conversions")) {
            for (PathRow row : paths.rows()) {
                Set<String> set = new LinkedHashSet<>(row.channels());
                for (String channel : set) {
                    book.add(channel, row.conversions() / set.size(), row.value() / set.size());
                }
            }
            return book;
        }
        return conversionRate(paths, parameters, book);
    }

    private static CreditBook conversionRate(PathSummary paths, Parameters parameters, CreditBook book)
            throws InvalidParameterException {
        List<String> channels = new ArrayList<>(paths.channels());
        int limit = Math.min(parameters.integer("max_channels"), 24);
        if (channels.size() > limit) {
            throw parameters.invalid("max_channels", "worth=conversion_rate is exact over 2^channels coalitions; the "
                    + "paths have " + channels.size() + " channels, more than " + limit);
        }
        Map<String, Integer> bit = new HashMap<>();
        channels.forEach(c -> bit.put(c, bit.size()));
        double[] conversions = new double[1 << channels.size()];
        double[] journeys = new double[conversions.length];
        for (PathRow row : paths.rows()) {
            int mask = 0;
            for (String channel : row.channels()) {
                mask |= 1 << bit.get(channel);
            }
            conversions[mask] += row.conversions();
            journeys[mask] += row.conversions() + row.nulls();
        }
        double[] worth = new double[conversions.length];
        for (int mask = 0; mask < worth.length; mask++) {
            worth[mask] = journeys[mask] == 0 ? 0 : conversions[mask] / journeys[mask];
        }
        double[] phi = ShapleyValue.of(channels.size(), worth);
        double sum = 0;
        for (double p : phi) {
            sum += p;
        }
        for (int j = 0; j < phi.length; j++) {
            double share = sum == 0 ? 0 : phi[j] / sum;
            book.add(channels.get(j), share * paths.totalConversions(), share * paths.totalValue());
        }
        return book;
    }
}
