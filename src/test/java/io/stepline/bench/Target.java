package io.stepline.bench;

/**
 * A goal a comparison is reported against: a bound on the ratio stepline/peer, or on
 * Stepline's own value (when the "peer" column holds a limit or the peer's value is context).
 */
record Target(String text, boolean onRatio, double limit) {

    static Target ratioAtMost(double limit) {
        return new Target("ratio <= " + Report.format(limit), true, limit);
    }

    static Target valueAtMost(double limit, String unit) {
        return new Target("stepline <= " + Report.format(limit) + unit, false, limit);
    }

    boolean met(double stepline, double ratio) {
        return (onRatio ? ratio : stepline) <= limit;
    }
}
