package io.stepline.expression.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import java.math.BigInteger;

/**
 * A number argument, in JSON's grammar ({@code -12}, {@code 0.5}, {@code 1e3}; not {@code 1.} or
 * {@code .5}). Integers become the same node types Jackson gives input JSON (int, long, big
 * integer) and anything with a fraction or exponent a double, so literals and path values
 * compare alike.
 */
final class NumberLiteralParser {
    private NumberLiteralParser() {
    }

    static Literal parse(String text, int start) throws IntrinsicSyntaxException {
        int pos = start;
        if (pos < text.length() && text.charAt(pos) == '-') {
            pos++;
        }
        int intStart = pos;
        pos = digits(text, pos);
        if (pos == intStart) {
            throw new IntrinsicSyntaxException(text, start, "'-' must be followed by digits");
        }
        if (text.charAt(intStart) == '0' && pos - intStart > 1) {
            throw new IntrinsicSyntaxException(text, start, "a number cannot start with 0 (" + text.substring(start, pos) + ")");
        }
        boolean integral = true;
        if (pos < text.length() && text.charAt(pos) == '.') {
            int fraction = digits(text, pos + 1);
            if (fraction == pos + 1) {
                throw new IntrinsicSyntaxException(text, start, "a '.' in a number must be followed by digits");
            }
            pos = fraction;
            integral = false;
        }
        if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
            int exponent = pos + 1;
            if (exponent < text.length() && (text.charAt(exponent) == '+' || text.charAt(exponent) == '-')) {
                exponent++;
            }
            int end = digits(text, exponent);
            if (end == exponent) {
                throw new IntrinsicSyntaxException(text, start, "an exponent in a number must have digits");
            }
            pos = end;
            integral = false;
        }
        if (pos < text.length() && (Character.isLetter(text.charAt(pos)) || text.charAt(pos) == '.')) {
            throw new IntrinsicSyntaxException(text, start, "invalid number '" + text.substring(start, pos + 1) + "'");
        }
        String source = text.substring(start, pos);
        return new Literal(integral ? integer(source) : decimal(text, start, source), source);
    }

    private static JsonNode integer(String source) {
        BigInteger value = new BigInteger(source);
        if (value.bitLength() < 32) {
            return IntNode.valueOf(value.intValue());
        }
        return value.bitLength() < 64 ? LongNode.valueOf(value.longValue()) : BigIntegerNode.valueOf(value);
    }

    private static JsonNode decimal(String text, int start, String source) throws IntrinsicSyntaxException {
        double value = Double.parseDouble(source);
        if (Double.isInfinite(value)) {
            throw new IntrinsicSyntaxException(text, start, "the number " + source + " is too large");
        }
        return DoubleNode.valueOf(value);
    }

    private static int digits(String text, int pos) {
        while (pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
            pos++;
        }
        return pos;
    }
}
