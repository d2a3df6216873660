package io.stepline.expression.choice;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Numbers, compared by value whatever their JSON spelling: {@code 1}, {@code 1.0} and
 * {@code 1e0} are equal (recorded on AWS for 1 and 1.0). Integers compare exactly as longs,
 * floating values as doubles, and anything wider (big integers, decimals, a long beyond 2^53
 * against a double) through {@code BigDecimal}, so no comparison is lossy.
 */
enum NumberKind implements ValueKind<JsonNode> {
    INSTANCE;

    /** Longs up to this magnitude convert to double exactly. */
    private static final long EXACT_IN_DOUBLE = 1L << 53;

    @Override
    public JsonNode read(JsonNode node) {
        return node.isNumber() ? node : null;
    }

    @Override
    public int compare(JsonNode left, JsonNode right) {
        if (isLong(left) && isLong(right)) {
            return Long.compare(left.longValue(), right.longValue());
        }
        if (isExactDouble(left) && isExactDouble(right)) {
            double a = left.doubleValue();
            double b = right.doubleValue();
            // Not Double.compare: that orders -0.0 before 0.0, and JSON's -0 equals 0.
            return a < b ? -1 : (a > b ? 1 : 0);
        }
        return left.decimalValue().compareTo(right.decimalValue());
    }

    @Override
    public String description() {
        return "number";
    }

    private static boolean isLong(JsonNode node) {
        return node.isIntegralNumber() && node.canConvertToLong();
    }

    private static boolean isExactDouble(JsonNode node) {
        if (node.isDouble() || node.isFloat()) {
            return true;
        }
        if (!isLong(node)) {
            return false;
        }
        long value = node.longValue();
        return value <= EXACT_IN_DOUBLE && value >= -EXACT_IN_DOUBLE;
    }
}
