package io.stepline.definition;

import java.util.List;

/**
 * One Retry entry. Defaults are AWS's: IntervalSeconds 1, MaxAttempts 3, BackoffRate 2.0,
 * no MaxDelaySeconds (null), JitterStrategy NONE.
 */
public record Retrier(
        List<String> errorEquals,
        int intervalSeconds,
        int maxAttempts,
        double backoffRate,
        Integer maxDelaySeconds,
        JitterStrategy jitterStrategy,
        Origin origin) {

    public enum JitterStrategy { FULL, NONE }
}
