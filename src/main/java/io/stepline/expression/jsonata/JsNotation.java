package io.stepline.expression.jsonata;

import com.dashjoin.jsonata.Jsonata;
import com.dashjoin.jsonata.Parser;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Writes engine values the way JavaScript does, because AWS runs JSONata 2.0.6 semantics and its
 * error messages quote values with {@code JSON.stringify}: {@code "abc"}, {@code 1},
 * {@code 1e+21}, {@code [1,"a"]}, {@code undefined}.
 */
final class JsNotation {
    private JsNotation() {
    }

    /** {@code JSON.stringify(value)}, and {@code undefined} where JavaScript would give undefined. */
    static String stringify(Object value) {
        StringBuilder out = new StringBuilder();
        if (!append(out, value)) {
            return "undefined";
        }
        return out.toString();
    }

    private static boolean append(StringBuilder out, Object value) {
        if (value == null || value instanceof Jsonata.JFunction || value instanceof Parser.Symbol) {
            return false;
        }
        if (value == Jsonata.NULL_VALUE) {
            out.append("null");
        } else if (value instanceof String || value instanceof Character) {
            quote(out, value.toString());
        } else if (value instanceof Boolean bool) {
            out.append(bool);
        } else if (value instanceof Number number) {
            // JSON.stringify writes NaN and the infinities as null.
            boolean finite = !(number instanceof Double || number instanceof Float) || Double.isFinite(number.doubleValue());
            out.append(finite ? number(number) : "null");
        } else if (value instanceof Map<?, ?> map) {
            appendObject(out, map);
        } else if (value instanceof List<?> list) {
            appendArray(out, list);
        } else {
            out.append("{}");
        }
        return true;
    }

    private static void appendObject(StringBuilder out, Map<?, ?> map) {
        out.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            int mark = out.length();
            if (!first) {
                out.append(',');
            }
            quote(out, String.valueOf(entry.getKey()));
            out.append(':');
            if (append(out, entry.getValue())) {
                first = false;
            } else {
                out.setLength(mark); // undefined members are left out
            }
        }
        out.append('}');
    }

    private static void appendArray(StringBuilder out, List<?> list) {
        out.append('[');
        for (Iterator<?> it = list.iterator(); it.hasNext(); ) {
            if (!append(out, it.next())) {
                out.append("null");
            }
            if (it.hasNext()) {
                out.append(',');
            }
        }
        out.append(']');
    }

    private static void quote(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** JavaScript's {@code Number.prototype.toString()}: {@code 1}, {@code 0.5}, {@code 1e+21}. */
    static String number(Number number) {
        if (number instanceof Integer || number instanceof Long || number instanceof Short
                || number instanceof Byte || number instanceof BigInteger) {
            return number.toString();
        }
        double value = number instanceof BigDecimal decimal ? decimal.doubleValue() : number.doubleValue();
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "Infinity" : "-Infinity";
        }
        if (value == 0) {
            return "0";
        }
        return finite(value);
    }

    // ECMAScript Number::toString: digits s (k of them) and exponent n, value = s * 10^(n-k).
    private static String finite(double value) {
        BigDecimal decimal = shortestDecimal(Math.abs(value));
        String digits = decimal.unscaledValue().toString();
        int k = digits.length();
        int n = k - decimal.scale();
        StringBuilder out = new StringBuilder(value < 0 ? "-" : "");
        if (k <= n && n <= 21) {
            out.append(digits).append("0".repeat(n - k));
        } else if (0 < n && n <= 21) {
            out.append(digits, 0, n).append('.').append(digits, n, k);
        } else if (-6 < n && n <= 0) {
            out.append("0.").append("0".repeat(-n)).append(digits);
        } else {
            out.append(digits.charAt(0));
            if (k > 1) {
                out.append('.').append(digits, 1, k);
            }
            out.append('e').append(n - 1 >= 0 ? "+" : "-").append(Math.abs(n - 1));
        }
        return out.toString();
    }

    // The fewest significant digits that read back as the same double, as JavaScript uses.
    // (Double.toString is not always shortest before Java 19: 4.9E-324 for 5e-324.)
    private static BigDecimal shortestDecimal(double value) {
        BigDecimal exact = new BigDecimal(value);
        for (int precision = 1; precision < 17; precision++) {
            BigDecimal candidate = exact.round(new MathContext(precision));
            if (candidate.doubleValue() == value) {
                return candidate.stripTrailingZeros();
            }
        }
        return new BigDecimal(Double.toString(value)).stripTrailingZeros();
    }
}
