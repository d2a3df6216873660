package io.stepline.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Timestamps taken inside an execution by "mark" Task states (a local Lambda function named
 * {@value #FUNCTION}), so a long chain can be timed piece by piece: the first 1000 transitions
 * against the last 1000 of the same execution. The harness brackets each timed call with
 * {@link #begin} and {@link #end}; the marks may come from another thread.
 */
final class Marks {
    static final String FUNCTION = "mark";

    private final List<Long> current = new ArrayList<>();
    private final List<long[]> intervals = new ArrayList<>();

    synchronized void mark() {
        current.add(System.nanoTime());
    }

    synchronized void begin() {
        current.clear();
    }

    /** Keeps the intervals between this execution's marks. */
    synchronized void end() {
        if (current.size() >= 2) {
            long[] between = new long[current.size() - 1];
            for (int i = 0; i < between.length; i++) {
                between[i] = current.get(i + 1) - current.get(i);
            }
            intervals.add(between);
        }
    }

    /** Per interval (first mark to second, second to third, ...), its median over the timed executions. */
    synchronized long[] medians() {
        if (intervals.isEmpty()) {
            return new long[0];
        }
        long[] medians = new long[intervals.get(0).length];
        for (int i = 0; i < medians.length; i++) {
            int index = i;
            medians[i] = Harness.median(intervals.stream().mapToLong(between -> between[index]).toArray());
        }
        return medians;
    }

    @Override
    public synchronized String toString() {
        return Arrays.toString(medians());
    }
}
