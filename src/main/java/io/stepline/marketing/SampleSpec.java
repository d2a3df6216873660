package io.stepline.marketing;

import java.time.Instant;

/**
 * What to generate: about {@code touchpoints} touchpoints (exactly that many valid rows, plus
 * duplicates and bad rows at the given rates) between {@code from} and {@code to}, from {@code seed}.
 * The same spec always gives the same bytes.
 */
public record SampleSpec(long touchpoints, long seed, Instant from, Instant to, double duplicateRate,
        double badRowRate) {

    public SampleSpec {
        if (touchpoints < 1) {
            throw new IllegalArgumentException("touchpoints must be at least 1, not " + touchpoints);
        }
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("from (" + from + ") must be before to (" + to + ")");
        }
        if (duplicateRate < 0 || duplicateRate >= 1 || badRowRate < 0 || badRowRate >= 1) {
            throw new IllegalArgumentException("duplicateRate and badRowRate must be in [0, 1)");
        }
    }

    /** The defaults: 0.5% duplicated rows and 0.1% malformed ones, as raw exports have. */
    public static SampleSpec of(long touchpoints, long seed, Instant from, Instant to) {
        return new SampleSpec(touchpoints, seed, from, to, 0.005, 0.001);
    }
}
