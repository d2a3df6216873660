package io.stepline.expression.jsonata;

import com.dashjoin.jsonata.JException;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns a dashjoin {@link JException} into the text JSONata 2.0.6 prints for it: the code, a
 * colon, and the message ({@code T0410: Argument 1 of function "abs" does not match function
 * signature}), or the bare message for a failure without a code.
 *
 * <p>dashjoin keeps two values per error ({@code current}, {@code expected}) and they fill the
 * template's placeholders in order, which is right for most codes. The exceptions are handled
 * here; where dashjoin did not keep a value JSONata prints, it is recovered from the expression
 * text when that is unambiguous.
 */
record JsonataErrorText(String code, String message) {
    private static final Pattern CODE = Pattern.compile("[A-Z]\\d{4}");
    private static final Map<String, String> ARRAY_TYPE_NAMES = Map.of(
            "a", "arrays", "b", "booleans", "f", "functions", "n", "numbers", "o", "objects", "s", "strings");
    private static final Pattern COMPARISON = Pattern.compile("<=|>=|<|>");

    /** The code (null for a failure JSONata gives none, such as an engine limit) and message. */
    static JsonataErrorText of(JException failure, String expression) {
        String code = failure.getError();
        if (code == null) {
            return new JsonataErrorText(null, String.valueOf(failure.getMessage()));
        }
        if (!CODE.matcher(code).matches()) {
            // Some dashjoin sites throw the message text where the code belongs.
            return new JsonataErrorText(JsonataErrorCatalog.codeOfFixedText(code), code);
        }
        String template = JsonataErrorCatalog.template(code);
        if (template == null) {
            return new JsonataErrorText(code, String.valueOf(failure.getMessage()));
        }
        return new JsonataErrorText(code, JsonataErrorCatalog.render(template, values(code, failure, expression)));
    }

    /** As JSONata prints it: {@code T1006: Attempted to invoke a non-function}. */
    @Override
    public String toString() {
        return code == null ? message : code + ": " + message;
    }

    private static Object[] values(String code, JException failure, String expression) {
        Object current = failure.getCurrent();
        Object expected = failure.getExpected();
        return switch (code) {
            // dashjoin passes the operator first and the operand second.
            case "D1002" -> new Object[] {expected};
            // dashjoin passes the offending array and the item type letter; JSONata prints the
            // argument's position and the function's name. Every built-in with a typed array
            // parameter takes it first, hence 1.
            case "T0412" -> new Object[] {1, functionNameBefore(expression, failure.getLocation()),
                    ARRAY_TYPE_NAMES.getOrDefault(String.valueOf(expected), String.valueOf(expected))};
            // dashjoin passes the radix where the position belongs.
            case "D3100" -> new Object[] {failure.getLocation()};
            // dashjoin does not keep the operator; it is recovered when the expression has one.
            case "T2009" -> new Object[] {current, expected, onlyComparison(expression)};
            default -> new Object[] {current, expected};
        };
    }

    /** The name of the function whose argument list opens just before {@code position}. */
    static String functionNameBefore(String expression, int position) {
        int i = Math.min(position, expression.length()) - 1;
        while (i >= 0 && Character.isWhitespace(expression.charAt(i))) {
            i--;
        }
        if (i < 0 || expression.charAt(i) != '(') {
            return null;
        }
        i--;
        while (i >= 0 && Character.isWhitespace(expression.charAt(i))) {
            i--;
        }
        int end = i + 1;
        while (i >= 0 && (Character.isLetterOrDigit(expression.charAt(i)) || expression.charAt(i) == '_')) {
            i--;
        }
        if (i < 0 || expression.charAt(i) != '$' || end == i + 1) {
            return null;
        }
        return expression.substring(i + 1, end);
    }

    private static String onlyComparison(String expression) {
        var matcher = COMPARISON.matcher(expression);
        String found = null;
        while (matcher.find()) {
            String operator = matcher.group();
            if (found != null && !found.equals(operator)) {
                return null;
            }
            found = operator;
        }
        return found;
    }
}
