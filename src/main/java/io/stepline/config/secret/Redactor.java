package io.stepline.config.secret;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every secret value this process has resolved, and the one place that masks them. Errors that
 * reach the history, log lines and anything shown to a person pass through {@link #redact}, so a
 * driver that echoes a password or a URL with a token in it cannot leak it.
 */
public final class Redactor {
    public static final String MASK = "****";
    /** Shorter values would mask ordinary words and digits; no real credential is this short. */
    private static final int SHORTEST = 4;
    private static final Set<String> SECRETS = ConcurrentHashMap.newKeySet();
    private static volatile List<String> longestFirst = List.of();

    private Redactor() {
    }

    /** Remembers a resolved secret so that it is masked from now on. */
    public static void register(String secret) {
        if (secret != null && secret.length() >= SHORTEST && SECRETS.add(secret)) {
            // Longest first, so a secret containing another is masked whole.
            longestFirst = SECRETS.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        }
    }

    /** {@code text} with every known secret replaced by {@value #MASK}. */
    public static String redact(String text) {
        if (text == null) {
            return null;
        }
        String result = text;
        for (String secret : longestFirst) {
            if (result.contains(secret)) {
                result = result.replace(secret, MASK);
            }
        }
        return result;
    }
}
