package io.stepline.connector.attribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Google fractribution's path transforms, applied before a model:
 * <ul>
 * <li>{@code unique}: the path as observed, D A B B C D C C;</li>
 * <li>{@code exposure}: consecutive repeats collapsed, D A B C D C (Snowplow, ChannelAttribution's
 * Markov model, eeghor/mta {@code allow_loops=False});</li>
 * <li>{@code first}: only the first occurrence of each channel, D A B C;</li>
 * <li>{@code frequency}: the first occurrence tagged with the channel's count, D(2) A(1) B(2) C(3);
 * credits go back to the channel name.</li>
 * </ul>
 * A touch that is kept keeps its age; the ages of dropped repeats are dropped.
 */
public enum PathTransform {
    UNIQUE, EXPOSURE, FIRST, FREQUENCY;

    /** Transformed tokens (channels, or {@code channel(n)} for frequency) and their ages. */
    public record Touches(List<String> tokens, double[] agesDays) {
    }

    public String parameterValue() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static List<String> names() {
        return java.util.Arrays.stream(values()).map(PathTransform::parameterValue).toList();
    }

    public Touches apply(List<String> path, double[] ages) {
        List<Integer> kept = new ArrayList<>(path.size());
        List<String> tokens = new ArrayList<>(path.size());
        switch (this) {
            case UNIQUE -> {
                return new Touches(path, ages);
            }
            case EXPOSURE -> {
                for (int i = 0; i < path.size(); i++) {
                    if (i == 0 || !path.get(i).equals(path.get(i - 1))) {
                        kept.add(i);
                        tokens.add(path.get(i));
                    }
                }
            }
            case FIRST -> {
                Set<String> seen = new HashSet<>();
                for (int i = 0; i < path.size(); i++) {
                    if (seen.add(path.get(i))) {
                        kept.add(i);
                        tokens.add(path.get(i));
                    }
                }
            }
            case FREQUENCY -> {
                Map<String, Integer> counts = new HashMap<>();
                path.forEach(channel -> counts.merge(channel, 1, Integer::sum));
                Map<String, Integer> first = new LinkedHashMap<>();
                for (int i = 0; i < path.size(); i++) {
                    if (first.putIfAbsent(path.get(i), i) == null) {
                        kept.add(i);
                        tokens.add(path.get(i) + "(" + counts.get(path.get(i)) + ")");
                    }
                }
            }
        }
        double[] keptAges = null;
        if (ages != null) {
            keptAges = new double[kept.size()];
            for (int k = 0; k < kept.size(); k++) {
                keptAges[k] = ages[kept.get(k)];
            }
        }
        return new Touches(tokens, keptAges);
    }

    /** The channel a transformed token credits: {@code D(2)} credits D under frequency. */
    public String channelOf(String token) {
        if (this == FREQUENCY) {
            int open = token.lastIndexOf('(');
            return open < 0 ? token : token.substring(0, open);
        }
        return token;
    }
}
