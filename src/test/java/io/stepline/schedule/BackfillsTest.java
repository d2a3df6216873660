package io.stepline.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepline.store.ExecutionRecord;
import io.stepline.store.ExecutionStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Backfills on embedded H2: policies, resume by the same request, dry runs, and the nightly run's priority. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class BackfillsTest {
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final LocalDate FROM = LocalDate.parse("2026-10-01");
    private static final LocalDate TO = LocalDate.parse("2026-10-05");

    private static PipelineSettings daily(String name, String input) {
        return ScheduleFixture.with(ScheduleFixture.pipeline("tick"), name, new ScheduleSpec("daily", "0 0 0 * * ?",
                ZoneId.of("UTC"), IntervalLength.parse("P1D"), CatchUp.NONE, Concurrency.SKIP, 0, false), input);
    }

    private static BackfillStatus finish(Backfills backfills, String id) throws InterruptedException {
        ScheduleFixture.await("backfill " + id, PATIENCE, () -> backfills.status(id).orElseThrow().finished());
        return backfills.status(id).orElseThrow();
    }

    @Test
    void policiesRunWhatIsMissingThenWhatFailedThenEverything() throws Exception {
        PipelineSettings pipeline = daily("orders", "{\"failOn\": [\"2026-10-03\"]}");
        try (ScheduleFixture fixture = ScheduleFixture.h2()) {
            Backfills backfills = Schedules.open(fixture.durable, List.of(pipeline)).backfills();
            BackfillRequest missing = new BackfillRequest("orders", null, FROM, TO, BackfillPolicy.MISSING, 2, false);
            assertThat(backfills.plan(missing)).allMatch(PlannedRun::run).extracting(PlannedRun::executionName)
                    .containsExactly("daily-2026-10-01", "daily-2026-10-02", "daily-2026-10-03", "daily-2026-10-04",
                            "daily-2026-10-05");
            BackfillStatus first = finish(backfills, backfills.start(missing));
            assertThat(first).extracting(BackfillStatus::state, BackfillStatus::total, BackfillStatus::done,
                    BackfillStatus::failed, BackfillStatus::remaining)
                    .containsExactly(BackfillStatus.State.DONE, 5, 4, 1, 0);
            assertThat(fixture.executions("orders")).hasSize(5);
            ExecutionRecord third = fixture.durable.describe(PipelineRuns.arn(pipeline, "daily-2026-10-03")).orElseThrow();
            assertThat(third.input().get("logicalDate").asText()).isEqualTo("2026-10-03");

            // the same request again: nothing is missing any more
            BackfillStatus again = finish(backfills, backfills.start(missing));
            assertThat(again.total()).isZero();
            assertThat(again.skipped()).isEqualTo(5);

            // failed: only the failed interval runs again (still failing: it is listed in failOn)
            List<PlannedRun> failedPlan = backfills.plan(new BackfillRequest("orders", null, FROM, TO,
                    BackfillPolicy.FAILED, 1, true));
            assertThat(failedPlan.get(0).interval().logicalDate()).isEqualTo("2026-10-05"); // --reverse
            assertThat(failedPlan).filteredOn(PlannedRun::run).singleElement()
                    .satisfies(run -> assertThat(run.executionName()).startsWith("daily-2026-10-03-bf"));

            // all: every interval again, under new names
            BackfillStatus everything = finish(backfills, backfills.start(new BackfillRequest("orders", null, FROM, TO,
                    BackfillPolicy.ALL, 3, false)));
            assertThat(everything.total()).isEqualTo(5);
            assertThat(fixture.executions("orders")).hasSize(10);
        }
    }

    @Test
    void theNightlyRunStartsWhileABackfillFillsItsLane() throws Exception {
        PipelineSettings pipeline = daily("busy", "{\"waitSeconds\": 1}");
        try (ScheduleFixture fixture = ScheduleFixture.h2()) {
            Schedules schedules = Schedules.open(fixture.durable, List.of(pipeline));
            try (Firing firing = schedules.startFiring(ScheduleOptions.defaults("priority"))) {
                String id = schedules.backfills().start(new BackfillRequest("busy", null, FROM,
                        LocalDate.parse("2026-10-20"), BackfillPolicy.MISSING, 1, false));
                ScheduleFixture.await("the backfill's first run", PATIENCE,
                        () -> schedules.backfills().status(id).orElseThrow().running() == 1);
                Fire nightly = firing.fire("busy", "daily", Instant.parse("2026-11-03T00:00:00Z"));
                assertThat(nightly.outcome()).isEqualTo("started");
                BackfillStatus during = schedules.backfills().status(id).orElseThrow();
                assertThat(during.remaining()).isGreaterThan(10);
                assertThat(fixture.durable.describe(PipelineRuns.arn(pipeline, "daily-2026-11-02"))).isPresent();

                // cancelled: no new run starts; the running one finishes; the same request resumes
                schedules.backfills().cancel(id);
                BackfillStatus cancelled = finish(schedules.backfills(), id);
                assertThat(cancelled.state()).isEqualTo(BackfillStatus.State.CANCELLED);
                int started = fixture.executions("busy").size();
                assertThat(started).isLessThan(17);
                String resumed = schedules.backfills().start(new BackfillRequest("busy", null, FROM,
                        LocalDate.parse("2026-10-20"), BackfillPolicy.MISSING, 1, false));
                assertThat(resumed).isEqualTo(id);
                schedules.backfills().cancel(resumed);
                finish(schedules.backfills(), resumed);
            }
            List<PlannedRun> grid = schedules.intervals("busy", null, FROM, LocalDate.parse("2026-10-20"));
            assertThat(grid).hasSize(20);
            assertThat(grid.get(0).existing()).isNotNull();
            assertThat(grid.get(19).existing()).isNull();
        }
    }

    /**
     * A run's first states run on the engine's pool, not on the thread that starts it: a backfill
     * of concurrency 2 has two runs inside their first task at once (on the backfill's thread the
     * second would wait for the first's task to end), and a Quartz thread is not held by a run.
     */
    @Test
    void runsStartOffTheStartingThread(@org.junit.jupiter.api.io.TempDir java.nio.file.Path directory)
            throws Exception {
        java.nio.file.Path definition = directory.resolve("held.asl.json");
        java.nio.file.Files.writeString(definition, """
                {"StartAt": "Hold", "States": {"Hold": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                  "Parameters": {"FunctionName": "hold", "Payload.$": "$"}, "End": true}}}""");
        PipelineSettings daily = daily("held", "{}");
        PipelineSettings pipeline = new PipelineSettings("held", definition, daily.type(), daily.input(),
                daily.schedules());
        java.util.concurrent.atomic.AtomicInteger inside = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        try (ScheduleFixture fixture = ScheduleFixture.h2()) {
            fixture.engine.register("hold", (payload, control) -> {
                inside.incrementAndGet();
                release.await();
                return payload;
            });
            Backfills backfills = Schedules.open(fixture.durable, List.of(pipeline)).backfills();
            String id = backfills.start(new BackfillRequest("held", null, FROM, FROM.plusDays(1),
                    BackfillPolicy.MISSING, 2, false));
            ScheduleFixture.await("two runs inside their first task", PATIENCE, () -> inside.get() == 2);
            release.countDown();
            assertThat(finish(backfills, id)).extracting(BackfillStatus::state, BackfillStatus::done)
                    .containsExactly(BackfillStatus.State.DONE, 2);
        } finally {
            release.countDown();
        }
    }
}
