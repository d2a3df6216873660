package io.stepline.expression.choice;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@code StringMatches} pattern, split once into the literal pieces between its wildcards.
 * Per the ASL spec, {@code *} matches zero or more characters and nothing else is special;
 * {@code \*} stands for a literal {@code *} and {@code \\} for a literal backslash (written
 * {@code "\\*"} and {@code "\\\\"} inside JSON text).
 *
 * <p>Matching walks the pieces left to right with {@code indexOf}: no regular expression, so no
 * compilation per evaluation and no backtracking blow-up on patterns like {@code *a*a*a*b}.
 */
final class WildcardPattern {
    private final String text;
    /** Literal text between wildcards; {@code pieces.size() - 1} wildcards in all. */
    private final List<String> pieces;

    private WildcardPattern(String text, List<String> pieces) {
        this.text = text;
        this.pieces = List.copyOf(pieces);
    }

    /**
     * @throws IllegalArgumentException when the pattern ends with an escape backslash that
     *         escapes nothing (the spec's "open escape", a runtime error)
     */
    static WildcardPattern parse(String pattern) {
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\') {
                if (i + 1 == pattern.length()) {
                    throw new IllegalArgumentException("The StringMatches pattern '" + pattern
                            + "' ends with an open escape backslash.");
                }
                // The spec defines \* and \\; any other escaped character stands for itself.
                piece.append(pattern.charAt(++i));
            } else if (c == '*') {
                pieces.add(piece.toString());
                piece.setLength(0);
            } else {
                piece.append(c);
            }
        }
        pieces.add(piece.toString());
        return new WildcardPattern(pattern, pieces);
    }

    boolean matches(String value) {
        String first = pieces.get(0);
        if (pieces.size() == 1) {
            return value.equals(first);
        }
        String last = pieces.get(pieces.size() - 1);
        int end = value.length() - last.length();
        if (end < first.length() || !value.startsWith(first) || !value.endsWith(last)) {
            return false;
        }
        // Each middle piece at its leftmost place after the previous one: if any placement
        // fits between the prefix and the suffix, the leftmost one does.
        int from = first.length();
        for (int k = 1; k < pieces.size() - 1; k++) {
            String middle = pieces.get(k);
            int at = value.indexOf(middle, from);
            if (at < 0 || at + middle.length() > end) {
                return false;
            }
            from = at + middle.length();
        }
        return true;
    }

    @Override
    public String toString() {
        return text;
    }
}
