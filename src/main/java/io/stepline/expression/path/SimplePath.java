package io.stepline.expression.path;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The common case of a definite path made only of names and non-negative indexes
 * ({@code $.a.b[0]['c']}), walked directly over the tree. Jayway's general evaluator costs a few
 * microseconds per call; this costs tens of nanoseconds. It only answers when every step is
 * found: anything else falls back to Jayway so results and messages stay Jayway's (and AWS's).
 */
final class SimplePath {
    private final Object[] steps; // String (field name) or Integer (array index)

    private SimplePath(Object[] steps) {
        this.steps = steps;
    }

    boolean isRoot() {
        return steps.length == 0;
    }

    /** The selected node, or null when a step is missing or of another type. */
    JsonNode walk(JsonNode root) {
        JsonNode node = root;
        for (Object step : steps) {
            if (step instanceof String name) {
                if (!node.isObject()) {
                    return null;
                }
                node = node.get(name);
            } else {
                int index = (Integer) step;
                if (!node.isArray() || index >= node.size()) {
                    return null;
                }
                node = node.get(index);
            }
            if (node == null) {
                return null;
            }
        }
        return node;
    }

    /** The fast form of {@code path}, or null when it uses anything beyond names and indexes. */
    static SimplePath parse(String path) {
        if (!path.startsWith("$")) {
            return null;
        }
        List<Object> steps = new ArrayList<>();
        int i = 1;
        int n = path.length();
        while (i < n) {
            char c = path.charAt(i);
            if (c == '.') {
                int start = ++i;
                while (i < n && isNameChar(path.charAt(i))) {
                    i++;
                }
                if (i == start) {
                    return null;
                }
                steps.add(path.substring(start, i));
            } else if (c == '[') {
                int close = path.indexOf(']', i);
                if (close < 0) {
                    return null;
                }
                String inside = path.substring(i + 1, close);
                Object step = bracketStep(inside);
                if (step == null) {
                    return null;
                }
                steps.add(step);
                i = close + 1;
            } else {
                return null;
            }
        }
        return new SimplePath(steps.toArray());
    }

    private static Object bracketStep(String inside) {
        if (inside.length() >= 2 && inside.startsWith("'") && inside.endsWith("'")) {
            String name = inside.substring(1, inside.length() - 1);
            return name.indexOf('\'') < 0 && name.indexOf('\\') < 0 ? name : null;
        }
        if (inside.isEmpty() || inside.length() > 9) {
            return null;
        }
        for (int k = 0; k < inside.length(); k++) {
            if (!Character.isDigit(inside.charAt(k))) {
                return null;
            }
        }
        return Integer.parseInt(inside);
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-';
    }
}
