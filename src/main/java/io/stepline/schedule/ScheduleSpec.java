package io.stepline.schedule;

import java.time.ZoneId;
import java.util.Objects;

/**
 * One schedule of a pipeline, as its {@code pipeline.yaml} declares it: a Quartz cron in a time
 * zone, the length of each fire's data interval, and its policies.
 *
 * @param reprocess how many intervals before the current one each fire runs again (late data)
 * @param paused the paused state the settings ask for (the database keeps the live one)
 */
public record ScheduleSpec(String name, String cron, ZoneId zone, IntervalLength interval, CatchUp catchUp,
        Concurrency concurrency, int reprocess, boolean paused) {

    public ScheduleSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(cron, "cron");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(catchUp, "catchUp");
        Objects.requireNonNull(concurrency, "concurrency");
    }
}
