package io.stepline.bench;

/**
 * A goal a comparison is reported against: a bound on the ratio stepline/peer, on Stepline's
 * own value (when the "peer" column holds a limit or the peer's value is context), or on how
 * much Stepline's value grew from the peer's (when the peer column is a "before").
 */
record Target(String text, Check check, double limit) {

    /** What is bounded, and from which side. */
    enum Check { RATIO_AT_MOST, RATIO_AT_LEAST, VALUE_AT_MOST, GROWTH_BELOW }

    static Target ratioAtMost(double limit) {
        return new Target("ratio <= " + Report.format(limit), Check.RATIO_AT_MOST, limit);
    }

    static Target ratioAtLeast(double limit) {
        return new Target("ratio >= " + Report.format(limit), Check.RATIO_AT_LEAST, limit);
    }

    static Target valueAtMost(double limit, String unit) {
        return new Target("stepline <= " + Report.format(limit) + unit, Check.VALUE_AT_MOST, limit);
    }

    /** stepline - peer < limit: the peer column is the value before, stepline the value after. */
    static Target growthBelow(double limit) {
        return new Target("growth < " + Report.format(limit), Check.GROWTH_BELOW, limit);
    }

    boolean met(double stepline, double peer) {
        double ratio = stepline / peer;
        return switch (check) {
            case RATIO_AT_MOST -> ratio <= limit;
            case RATIO_AT_LEAST -> ratio >= limit;
            case VALUE_AT_MOST -> stepline <= limit;
            case GROWTH_BELOW -> stepline - peer < limit;
        };
    }
}
