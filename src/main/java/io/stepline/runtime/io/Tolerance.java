package io.stepline.runtime.io;

/**
 * How many failed Map items a Map state tolerates: a count and a percentage, each optional
 * (negative when not set). {@link #NONE} tolerates no failure: the first one fails the state.
 */
public record Tolerance(long count, double percentage) {
    public static final Tolerance NONE = new Tolerance(-1, -1);

    public boolean isSet() {
        return count >= 0 || percentage >= 0;
    }

    /** True when {@code failed} of {@code total} items is more than tolerated. */
    public boolean exceeded(long failed, long total) {
        if (failed == 0) {
            return false;
        }
        if (!isSet()) {
            return true;
        }
        boolean overCount = count >= 0 && failed > count;
        boolean overPercentage = percentage >= 0 && total > 0 && failed * 100.0 / total > percentage;
        return overCount || overPercentage;
    }
}
