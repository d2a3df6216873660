package io.stepline.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepline.store.ExecutionRecord;
import io.stepline.store.ExecutionStatus;
import io.stepline.store.jdbc.EmbeddedPostgresServer;
import io.stepline.store.jdbc.StoreSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Two engines (each its own Camel context, store pool and Quartz scheduler, distinct instance
 * ids) over one PostgreSQL database share a schedule firing every second as a Quartz cluster:
 * each fire is taken by one of them, each interval runs exactly once, also after one stops.
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class ClusteredScheduleTest {

    @Test
    void twoEnginesFireEachIntervalOnce() throws Exception {
        StoreSettings database = EmbeddedPostgresServer.freshDatabase("schedule_cluster");
        PipelineSettings tick = ScheduleFixture.pipeline("tick");
        ScheduleOptions fast = new ScheduleOptions("a", 4, Duration.ofSeconds(1));
        List<Fire> fires = new ArrayList<>();
        try (ScheduleFixture a = new ScheduleFixture(database); ScheduleFixture b = new ScheduleFixture(database)) {
            Firing firingA = Schedules.open(a.durable, List.of(tick)).startFiring(fast);
            Firing firingB = Schedules.open(b.durable, List.of(tick))
                    .startFiring(new ScheduleOptions("b", 4, Duration.ofSeconds(1)));
            ScheduleFixture.await("six runs", Duration.ofSeconds(30), () -> a.executions("tick").size() >= 6);
            firingA.close();
            fires.addAll(firingA.fires());
            int beforeStop = a.executions("tick").size();
            ScheduleFixture.await("runs fired by the remaining engine", Duration.ofSeconds(30),
                    () -> b.executions("tick").size() >= beforeStop + 4);
            firingB.close();
            fires.addAll(firingB.fires());
            ScheduleFixture.await("every run ended", Duration.ofSeconds(20),
                    () -> b.executions("tick").stream().noneMatch(r -> r.status() == ExecutionStatus.RUNNING));

            List<Fire> byQuartz = fires.stream().filter(f -> f.source() == Fire.Source.QUARTZ).toList();
            Set<Instant> times = byQuartz.stream().map(Fire::scheduledTime).collect(Collectors.toSet());
            assertThat(byQuartz).as("each fire taken by one engine").hasSameSizeAs(times);
            assertThat(firingB.fires()).as("the remaining engine fired after the other stopped")
                    .anyMatch(f -> f.scheduledTime().isAfter(firingA.fires().get(firingA.fires().size() - 1)
                            .scheduledTime()));
            List<ExecutionRecord> runs = b.executions("tick");
            Set<String> names = runs.stream().map(ExecutionRecord::name).collect(Collectors.toCollection(TreeSet::new));
            assertThat(names).as("one run per interval").hasSameSizeAs(runs);
            Set<String> fired = byQuartz.stream().filter(f -> f.outcome().equals("started"))
                    .map(Fire::executionName).collect(Collectors.toCollection(TreeSet::new));
            assertThat(names).containsAll(fired);
            assertThat(runs).allMatch(r -> r.status() == ExecutionStatus.SUCCEEDED);
        }
    }
}
