package io.stepline.expression.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The argument checks the functions share. Each failure is AWS's plain "Invalid arguments in
 * States.X". Whole numbers are read the way AWS's Java code reads them: most functions truncate a
 * fraction toward zero (ArrayRange(1.6, ...) starts at 1), only MathAdd rounds.
 */
final class ArgumentValues {
    private ArgumentValues() {
    }

    static JsonNode array(JsonNode value) throws ArgumentException {
        if (!value.isArray()) {
            throw ArgumentException.invalid();
        }
        return value;
    }

    static JsonNode object(JsonNode value) throws ArgumentException {
        if (!value.isObject()) {
            throw ArgumentException.invalid();
        }
        return value;
    }

    static String string(JsonNode value) throws ArgumentException {
        if (!value.isTextual()) {
            throw ArgumentException.invalid();
        }
        return value.textValue();
    }

    /** A string of at most {@code maxLength} UTF-16 units (AWS's 10,000-character limits). */
    static String string(JsonNode value, int maxLength) throws ArgumentException {
        String text = string(value);
        if (text.length() > maxLength) {
            throw ArgumentException.invalid();
        }
        return text;
    }

    /** A number, its fraction dropped toward zero, that fits a Java int. */
    static int truncatedInt(JsonNode value) throws ArgumentException {
        return toInt(truncatedLong(value));
    }

    /** A number, its fraction dropped toward zero, that fits a Java long. */
    static long truncatedLong(JsonNode value) throws ArgumentException {
        if (!value.isNumber()) {
            throw ArgumentException.invalid();
        }
        if (value.isIntegralNumber()) {
            if (!value.canConvertToLong()) {
                throw ArgumentException.invalid();
            }
            return value.longValue();
        }
        double d = value.doubleValue();
        if (Double.isNaN(d) || d >= 0x1p63 || d < -0x1p63) {
            throw ArgumentException.invalid();
        }
        return (long) d;
    }

    /** A number rounded half up ({@code Math.round}: 1.5 → 2, -1.5 → -1) that fits a Java int. */
    static int roundedInt(JsonNode value) throws ArgumentException {
        if (!value.isNumber()) {
            throw ArgumentException.invalid();
        }
        if (value.isIntegralNumber()) {
            if (!value.canConvertToInt()) {
                throw ArgumentException.invalid();
            }
            return value.intValue();
        }
        double d = value.doubleValue();
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            throw ArgumentException.invalid();
        }
        return toInt(Math.round(d));
    }

    private static int toInt(long value) throws ArgumentException {
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw ArgumentException.invalid();
        }
        return (int) value;
    }
}
