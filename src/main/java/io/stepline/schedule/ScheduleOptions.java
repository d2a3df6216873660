package io.stepline.schedule;

import java.time.Duration;

/**
 * How an engine fires schedules: its Quartz instance id (unique per engine in a cluster), how
 * many fires it handles at once, how often cluster members check in (a dead member's fires are
 * taken over after about this long).
 */
public record ScheduleOptions(String instanceId, int threads, Duration clusterCheckin) {

    public static ScheduleOptions defaults(String instanceId) {
        return new ScheduleOptions(instanceId, 4, Duration.ofSeconds(5));
    }
}
