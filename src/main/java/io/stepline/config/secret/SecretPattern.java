package io.stepline.config.secret;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Finds one secret in text in whatever form it travelled: as is, URL-encoded in full or in part
 * (Camel percent-encodes a space but keeps a {@code +}; HTTP clients encode both; a form uses
 * {@code +} for a space), or escaped in JSON text. Letters, digits and {@code - _ .} are never
 * encoded, so their longest run is looked for first and the pattern runs only where it occurs.
 *
 * @param anchor a plain part every form contains, or null when the secret has none worth it
 */
record SecretPattern(String anchor, Pattern pattern) {
    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    static SecretPattern of(String secret) {
        StringBuilder regex = new StringBuilder();
        String anchor = "";
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < secret.length(); i = secret.offsetByCodePoints(i, 1)) {
            int c = secret.codePointAt(i);
            if (isPlain(c)) {
                regex.append(Pattern.quote(Character.toString(c)));
                run.appendCodePoint(c);
                continue;
            }
            anchor = run.length() > anchor.length() ? run.toString() : anchor;
            run.setLength(0);
            regex.append(forms(c));
        }
        anchor = run.length() > anchor.length() ? run.toString() : anchor;
        return new SecretPattern(anchor.length() >= 2 ? anchor : null, Pattern.compile(regex.toString()));
    }

    /** True when {@code text} may hold the secret: the cheap test before the pattern runs. */
    boolean mayOccurIn(String text) {
        return anchor == null || text.contains(anchor);
    }

    private static boolean isPlain(int c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.');
    }

    /** The character as is, percent-encoded (UTF-8, either hex case), {@code +} for a space, JSON-escaped. */
    private static String forms(int c) {
        String text = Character.toString(c);
        StringBuilder alternatives = new StringBuilder("(?:").append(Pattern.quote(text));
        StringBuilder percent = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            percent.append("%(?i:").append(HEX.toHexDigits(b)).append(')');
        }
        alternatives.append('|').append(percent);
        if (c == ' ') {
            alternatives.append("|\\+");
        }
        if (c == '"' || c == '\\' || c == '/') {
            alternatives.append("|\\\\").append(Pattern.quote(text));
        }
        if (c <= 0xFFFF) {
            alternatives.append("|\\\\u(?i:").append(HEX.toHexDigits((char) c)).append(')');
        }
        return alternatives.append(')').toString();
    }
}
