package io.stepline.validation.syntax;

/**
 * The part of a reference path after its root: a sequence of {@code .name}, {@code ['name']}
 * and {@code [index]} steps, nothing else.
 */
final class ReferencePathScanner {
    private static final String OPERATORS = "@,:?*";

    private ReferencePathScanner() {
    }

    /** Null when every step is a name or an index, else why not. */
    static String problemWith(String steps) {
        int i = 0;
        while (i < steps.length()) {
            char c = steps.charAt(i);
            if (c == '.') {
                int end = i + 1;
                while (end < steps.length() && steps.charAt(end) != '.' && steps.charAt(end) != '[') {
                    end++;
                }
                String name = steps.substring(i + 1, end);
                if (name.isEmpty()) {
                    return end < steps.length() && steps.charAt(end) == '.'
                            ? "'..' (deep scan) selects many nodes" : "a '.' must be followed by a field name";
                }
                String problem = nameProblem(name);
                if (problem != null) {
                    return problem;
                }
                i = end;
            } else if (c == '[') {
                int close = steps.indexOf(']', i);
                if (close < 0) {
                    return "'[' is never closed";
                }
                String inside = steps.substring(i + 1, close).trim();
                if (isQuoted(inside)) {
                    if (inside.indexOf(inside.charAt(0), 1) != inside.length() - 1) {
                        return "'[" + inside + "]' selects more than one field";
                    }
                } else if (!inside.matches("\\d+")) {
                    return "'[" + inside + "]' is neither an array index nor a quoted field name";
                }
                i = close + 1;
            } else {
                return "unexpected '" + c + "' (use .name, ['name'] or [index])";
            }
        }
        return null;
    }

    private static String nameProblem(String name) {
        for (char op : OPERATORS.toCharArray()) {
            if (name.indexOf(op) >= 0) {
                return "the operator '" + op + "' is not allowed in a reference path";
            }
        }
        if (name.indexOf(']') >= 0) {
            return "a ']' closes no '['";
        }
        if (name.indexOf('(') >= 0 || name.indexOf(' ') >= 0) {
            return "'" + name + "' is not a plain field name (functions and spaces need ['...'] or are not allowed)";
        }
        return null;
    }

    private static boolean isQuoted(String text) {
        return text.length() >= 2
                && ((text.startsWith("'") && text.endsWith("'")) || (text.startsWith("\"") && text.endsWith("\"")));
    }
}
