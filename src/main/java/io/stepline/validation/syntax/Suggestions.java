package io.stepline.validation.syntax;

import java.util.Collection;

/** "Did you mean ...?": the closest candidate by edit distance, when close enough to help. */
public final class Suggestions {
    private Suggestions() {
    }

    /** The candidate nearest to {@code typed}, or null when none is plausibly what was meant. */
    public static String closest(String typed, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        int bestShared = -1;
        for (String candidate : candidates) {
            String a = typed.toLowerCase();
            String b = candidate.toLowerCase();
            int distance = distance(a, b);
            int shared = commonSubsequence(a, b);
            // Ties go to the candidate sharing more letters ("Nxt": Next over Not), then alphabetically.
            boolean better = distance < bestDistance || (distance == bestDistance
                    && (shared > bestShared || (shared == bestShared && candidate.compareTo(best) < 0)));
            if (better) {
                best = candidate;
                bestDistance = distance;
                bestShared = shared;
            }
        }
        int allowed = Math.max(2, typed.length() / 3);
        return bestDistance <= allowed ? best : null;
    }

    /** Suffix for a message: {@code "; did you mean 'X'?"} or nothing. */
    public static String didYouMean(String typed, Collection<String> candidates) {
        String best = closest(typed, candidates);
        return best == null ? "" : "; did you mean '" + best + "'?";
    }

    static int commonSubsequence(String a, String b) {
        int[][] l = new int[a.length() + 1][b.length() + 1];
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                l[i][j] = a.charAt(i - 1) == b.charAt(j - 1) ? l[i - 1][j - 1] + 1 : Math.max(l[i - 1][j], l[i][j - 1]);
            }
        }
        return l[a.length()][b.length()];
    }

    /** Edit distance counting a swap of two neighbours as one edit ("Taks" is 1 from "Task"). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
