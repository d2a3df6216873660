package io.stepline.schedule;

import java.time.Instant;

/**
 * One fire an engine handled: the schedule, its scheduled time, whether Quartz or catch-up fired
 * it, and what it did ({@code started}, {@code skipped}, ...; {@code executionName} is the
 * interval's run, if one was started or found).
 */
public record Fire(String pipeline, String schedule, Instant scheduledTime, Source source, String outcome,
        String executionName) {

    /** Who fired. */
    public enum Source {
        QUARTZ,
        CATCH_UP
    }
}
