package io.stepline.runtime.error;

import io.stepline.definition.Retrier;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A state's Retry list. The first retrier whose ErrorEquals matches decides; when it is
 * exhausted the error goes to Catch (later retriers are not consulted, as the ASL spec says).
 */
public final class RetryPolicy {
    public static final RetryPolicy NONE = new RetryPolicy(List.of());

    private final List<Retrier> retriers;

    public RetryPolicy(List<Retrier> retriers) {
        this.retriers = List.copyOf(retriers);
    }

    public boolean isEmpty() {
        return retriers.isEmpty();
    }

    /** Attempt counters, one per retrier, for one visit of the state. */
    public int[] newCounters() {
        return new int[retriers.size()];
    }

    /**
     * The delay before the next attempt, in milliseconds, counting it in {@code counters};
     * -1 when the error is not to be retried.
     */
    public long nextDelay(String error, int[] counters) {
        if (ErrorNames.isTerminal(error)) {
            return -1;
        }
        for (int i = 0; i < retriers.size(); i++) {
            Retrier retrier = retriers.get(i);
            if (matches(retrier.errorEquals(), error)) {
                if (counters[i] >= retrier.maxAttempts()) {
                    return -1;
                }
                return delayMillis(retrier, counters[i]++);
            }
        }
        return -1;
    }

    /** IntervalSeconds x BackoffRate^attempt, capped by MaxDelaySeconds, FULL jitter in [0, delay]. */
    static long delayMillis(Retrier retrier, int attempt) {
        double seconds = retrier.intervalSeconds() * Math.pow(retrier.backoffRate(), attempt);
        if (retrier.maxDelaySeconds() != null) {
            seconds = Math.min(seconds, retrier.maxDelaySeconds());
        }
        long millis = (long) Math.min(seconds * 1000.0, Long.MAX_VALUE / 2.0);
        if (retrier.jitterStrategy() == Retrier.JitterStrategy.FULL) {
            millis = ThreadLocalRandom.current().nextLong(millis + 1);
        }
        return millis;
    }

    static boolean matches(List<String> errorEquals, String error) {
        for (String candidate : errorEquals) {
            if (ErrorNames.matches(candidate, error)) {
                return true;
            }
        }
        return false;
    }
}
