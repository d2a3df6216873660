package io.stepline.schedule;

import java.time.Instant;

/**
 * A schedule as {@code stepline schedules list} and {@code GET /api/pipelines} show it;
 * {@code nextFireTime} is null while paused, {@code lastFire} before the first fire.
 */
public record ScheduleInfo(String pipeline, String name, String cron, String timezone, String interval,
        boolean paused, Instant nextFireTime, Instant lastFire, String lastOutcome) {
}
