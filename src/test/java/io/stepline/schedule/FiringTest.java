package io.stepline.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepline.store.ExecutionRecord;
import io.stepline.store.ExecutionStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Schedules fired by Quartz on embedded H2: intervals in the input, pause, catch-up, concurrency, reprocess. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class FiringTest {
    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final Instant DAY_3 = Instant.parse("2026-11-03T00:00:00Z");

    private static ScheduleSpec daily(CatchUp catchUp, Concurrency concurrency, int reprocess) {
        return new ScheduleSpec("daily", "0 0 0 * * ?", java.time.ZoneId.of("UTC"), IntervalLength.parse("P1D"),
                catchUp, concurrency, reprocess, false);
    }

    @Test
    void quartzFiresEverySecondAndEachRunGetsItsInterval() throws Exception {
        PipelineSettings tick = ScheduleFixture.pipeline("tick");
        try (ScheduleFixture fixture = ScheduleFixture.h2()) {
            Schedules schedules = Schedules.open(fixture.durable, List.of(tick));
            try (Firing firing = schedules.startFiring(ScheduleOptions.defaults("one"))) {
                ScheduleFixture.await("three succeeded runs", PATIENCE, () -> fixture.executions("tick").stream()
                        .filter(r -> r.status() == ExecutionStatus.SUCCEEDED).count() >= 3);
                schedules.pause("tick", "tick");
                assertThat(schedules.list().get(0).paused()).isTrue();
                assertThat(schedules.list().get(0).nextFireTime()).isNull();
                int before = fixture.executions("tick").size();
                ScheduleFixture.await("a paused fire", PATIENCE,
                        () -> firing.fires().stream().anyMatch(f -> f.outcome().startsWith("paused")));
                Thread.sleep(1200);
                int whilePaused = fixture.executions("tick").size();
                assertThat(whilePaused).isLessThanOrEqualTo(before + 1); // a fire in flight when paused
                schedules.resume("tick", "tick");
                ScheduleFixture.await("a run after resume", PATIENCE,
                        () -> fixture.executions("tick").size() > whilePaused);
            }
            ExecutionRecord run = fixture.executions("tick").stream()
                    .filter(r -> r.status() == ExecutionStatus.SUCCEEDED).findFirst().orElseThrow();
            String logicalDate = run.input().get("logicalDate").asText();
            assertThat(run.name()).isEqualTo("tick-" + logicalDate.replace(":", ""));
            Instant start = Instant.parse(run.input().at("/dataInterval/start").asText());
            Instant end = Instant.parse(run.input().at("/dataInterval/end").asText());
            assertThat(Duration.between(start, end)).isEqualTo(Duration.ofSeconds(1));
            assertThat(run.output().get("partition").asText()).isEqualTo("day=" + logicalDate);
            assertThat(run.input().get("waitSeconds").asInt()).isZero(); // the default input is under it
        }
    }

    @Test
    void catchUpRunsAllTheLastOrNoneOfTheMissedIntervals() throws Exception {
        PipelineSettings base = ScheduleFixture.pipeline("tick");
        PipelineSettings all = ScheduleFixture.with(base, "all", daily(CatchUp.ALL, Concurrency.SKIP, 0), "{}");
        PipelineSettings last = ScheduleFixture.with(base, "last", daily(CatchUp.LAST, Concurrency.SKIP, 0), "{}");
        PipelineSettings none = ScheduleFixture.with(base, "none", daily(CatchUp.NONE, Concurrency.SKIP, 0), "{}");
        try (ScheduleFixture fixture = ScheduleFixture.h2()) {
            Schedules schedules = Schedules.open(fixture.durable, List.of(all, last, none));
            Instant now = Instant.now();
            for (String pipeline : List.of("all", "last", "none")) {
                // the engine was down for three nights: the last fire it handled was four nights ago
                schedules.tables().recordFire(pipeline, "daily", now.minus(Duration.ofDays(4)).minusSeconds(1), "test");
            }
            try (Firing firing = schedules.startFiring(ScheduleOptions.defaults("catch-up"))) {
                ScheduleFixture.await("catch-up runs", PATIENCE, () -> fixture.executions("all").stream()
                        .filter(r -> r.status() == ExecutionStatus.SUCCEEDED).count() == 4
                        && fixture.executions("last").stream().allMatch(r -> r.status() == ExecutionStatus.SUCCEEDED)
                        && fixture.executions("last").size() == 1);
                assertThat(fixture.executions("none")).isEmpty();
                assertThat(schedules.list().stream().filter(i -> i.pipeline().equals("none")).findFirst()
                        .orElseThrow().lastOutcome()).contains("catch-up none: 4 missed");
                String yesterday = java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(1).toString();
                assertThat(fixture.executions("last")).extracting(ExecutionRecord::name)
                        .containsExactly("daily-" + yesterday);
            }
        }
    }

    @Test
    void concurrencyPoliciesApplyWhileThePreviousIntervalStillRuns() throws Exception {
        PipelineSettings base = ScheduleFixture.pipeline("tick");
        String slow = "{\"waitSeconds\": 2}";
        try (ScheduleFixture fixture = ScheduleFixture.h2()) {
            Schedules schedules = Schedules.open(fixture.durable, List.of(
                    ScheduleFixture.with(base, "skip", daily(CatchUp.NONE, Concurrency.SKIP, 0), slow),
                    ScheduleFixture.with(base, "fail", daily(CatchUp.NONE, Concurrency.FAIL, 0), slow),
                    ScheduleFixture.with(base, "queue", daily(CatchUp.NONE, Concurrency.QUEUE, 0), slow)));
            try (Firing firing = schedules.startFiring(ScheduleOptions.defaults("concurrency"))) {
                for (String pipeline : List.of("skip", "fail", "queue")) {
                    firing.fire(pipeline, "daily", DAY_3);
                }
                assertThat(firing.fire("skip", "daily", DAY_3.plus(Duration.ofDays(1))).outcome())
                        .startsWith("skipped: daily-2026-11-02 still running");
                assertThat(firing.fire("fail", "daily", DAY_3.plus(Duration.ofDays(1))).outcome())
                        .isEqualTo("failed: overlap");
                Fire queued = firing.fire("queue", "daily", DAY_3.plus(Duration.ofDays(1)));
                assertThat(queued.outcome()).isEqualTo("started");
                // queued: started only once the previous interval's run had ended
                ExecutionRecord first = fixture.durable.describe(PipelineRuns.arn(schedules.pipeline("queue"),
                        "daily-2026-11-02")).orElseThrow();
                ExecutionRecord second = fixture.durable.describe(PipelineRuns.arn(schedules.pipeline("queue"),
                        "daily-2026-11-03")).orElseThrow();
                assertThat(first.stopTime()).isNotNull();
                assertThat(second.startTime()).isAfterOrEqualTo(first.stopTime());
                assertThat(fixture.executions("skip")).extracting(ExecutionRecord::name).containsExactly("daily-2026-11-02");
                ExecutionRecord failed = fixture.durable.describe(PipelineRuns.arn(schedules.pipeline("fail"),
                        "daily-2026-11-03")).orElseThrow();
                assertThat(failed.status()).isEqualTo(ExecutionStatus.FAILED);
                assertThat(failed.error()).isEqualTo("Stepline.ScheduleOverlap");
            }
        }
    }

    @Test
    void reprocessingReRunsTheTrailingWindowOncePerFire() throws Exception {
        PipelineSettings pipeline = ScheduleFixture.with(ScheduleFixture.pipeline("tick"), "late",
                daily(CatchUp.NONE, Concurrency.SKIP, 2), "{}");
        try (ScheduleFixture fixture = ScheduleFixture.h2()) {
            Schedules schedules = Schedules.open(fixture.durable, List.of(pipeline));
            try (Firing firing = schedules.startFiring(ScheduleOptions.defaults("late"))) {
                firing.fire("late", "daily", DAY_3);
                firing.fire("late", "daily", DAY_3); // a re-fire of the same time repeats nothing
                ScheduleFixture.await("three runs", PATIENCE, () -> fixture.executions("late").stream()
                        .filter(r -> r.status() == ExecutionStatus.SUCCEEDED).count() == 3);
                assertThat(fixture.executions("late")).extracting(ExecutionRecord::name).containsExactlyInAnyOrder(
                        "daily-2026-11-02", "daily-2026-11-01-r20261102", "daily-2026-10-31-r20261102");
                ExecutionRecord rerun = fixture.durable.describe(PipelineRuns.arn(pipeline,
                        "daily-2026-10-31-r20261102")).orElseThrow();
                assertThat(rerun.input().get("logicalDate").asText()).isEqualTo("2026-10-31");
            }
        }
    }
}
