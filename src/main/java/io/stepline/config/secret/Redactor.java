package io.stepline.config.secret;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;

/**
 * Every secret value this process has resolved, and the one place that masks them. Errors that
 * reach the history, log lines and anything shown to a person pass through {@link #redact}, so a
 * driver that echoes a password or a URL with a token in it cannot leak it, encoded or not.
 */
public final class Redactor {
    public static final String MASK = "****";
    /** Shorter values would mask ordinary words and digits; no real credential is this short. */
    private static final int SHORTEST = 4;
    private static final Map<String, SecretPattern> SECRETS = new ConcurrentHashMap<>();
    private static volatile List<SecretPattern> longestFirst = List.of();

    private Redactor() {
    }

    /**
     * Remembers a resolved secret so that it is masked from now on, in the forms it travels in
     * too: a secret sent in a URL reaches servers, HTTP client logs and echoed error pages
     * URL-encoded ({@code a+b/c} as {@code a%2Bb%2Fc}), where its plain form would not match.
     */
    public static void register(String secret) {
        if (secret != null && secret.length() >= SHORTEST && SECRETS.putIfAbsent(secret, SecretPattern.of(secret)) == null) {
            // Longest first, so a secret containing another is masked whole.
            longestFirst = SECRETS.entrySet().stream()
                    .sorted(Comparator.comparingInt((Map.Entry<String, SecretPattern> e) -> e.getKey().length()).reversed())
                    .map(Map.Entry::getValue).toList();
        }
    }

    /** {@code text} with every known secret, in any of its forms, replaced by {@value #MASK}. */
    public static String redact(String text) {
        if (text == null) {
            return null;
        }
        String result = text;
        for (SecretPattern secret : longestFirst) {
            if (secret.mayOccurIn(result)) {
                result = secret.pattern().matcher(result).replaceAll(Matcher.quoteReplacement(MASK));
            }
        }
        return result;
    }
}
