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
 * <li>{@code worth=conversion_rate} (Dalessandro et al. 2012 style, as DP6 MAM
 * {@code values_col='conv_rate'}): v(S) = conversions / (conversions + nulls) of journeys whose
 * channel set is exactly S (0 when none). As DP6, one game per converting channel set T, over T's
 * channels: its phi sum to v(T), and T's conversions (and value) are shared in proportion to phi
 * (a channel that lowers the rate gets a negative share). Exact over the 2^|T| sub-coalitions, so
 * the paths may have at most {@code max_channels} channels in all.</li>
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
                                + "rate of journeys with exactly channels S (needs nulls), one game per converting channel set (DP6)."),
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
            int mask = maskOf(row, bit);
            conversions[mask] += row.conversions();
            journeys[mask] += row.conversions() + row.nulls();
        }
        double[] value = new double[conversions.length];
        for (PathRow row : paths.rows()) {
            value[maskOf(row, bit)] += row.value();
        }
        // One game per converting channel set T, over T's channels: sum of phi = v(T) > 0, so
        // T's conversions can be shared in proportion to phi.
        for (int set = 1; set < conversions.length; set++) {
            if (conversions[set] == 0 && value[set] == 0) {
                continue;
            }
            int[] members = members(set);
            double[] worth = new double[1 << members.length];
            for (int sub = 0; sub < worth.length; sub++) {
                int mask = 0;
                for (int j = 0; j < members.length; j++) {
                    mask |= (sub & (1 << j)) != 0 ? 1 << members[j] : 0;
                }
                worth[sub] = journeys[mask] == 0 ? 0 : conversions[mask] / journeys[mask];
            }
            double[] phi = ShapleyValue.of(members.length, worth);
            double total = worth[worth.length - 1];
            for (int j = 0; j < members.length; j++) {
                double share = total == 0 ? 1.0 / members.length : phi[j] / total;
                book.add(channels.get(members[j]), share * conversions[set], share * value[set]);
            }
        }
        return book;
    }

    private static int maskOf(PathRow row, Map<String, Integer> bit) {
        int mask = 0;
        for (String channel : row.channels()) {
            mask |= 1 << bit.get(channel);
        }
        return mask;
    }

    private static int[] members(int set) {
        int[] members = new int[Integer.bitCount(set)];
        for (int j = 0, k = 0; k < members.length; j++) {
            if ((set & (1 << j)) != 0) {
                members[k++] = j;
            }
        }
        return members;
    }
}
