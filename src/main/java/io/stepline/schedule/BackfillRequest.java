package io.stepline.schedule;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A backfill: the intervals of {@code pipeline}'s schedule (its first one when {@code schedule}
 * is null) that start on the days {@code from} to {@code to}, both included.
 *
 * @param concurrency how many of its runs may be RUNNING at once (its lane)
 * @param reverse newest interval first
 */
public record BackfillRequest(String pipeline, String schedule, LocalDate from, LocalDate to, BackfillPolicy policy,
        int concurrency, boolean reverse) {

    public BackfillRequest {
        Objects.requireNonNull(pipeline, "pipeline");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        policy = policy == null ? BackfillPolicy.MISSING : policy;
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1, not " + concurrency);
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("--to " + to + " is before --from " + from);
        }
    }
}
