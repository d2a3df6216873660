package io.stepline.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepline.store.ExecutionRecord;
import io.stepline.store.ExecutionStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Scheduled and backfill runs find their interval in the context object ({@code $$.Schedule},
 * {@code $states.context.Schedule}) as well as in their input; the pipeline of
 * src/test/resources/schedule/interval reads it both ways.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class IntervalContextTest {
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @Test
    void aScheduledRunReadsItsIntervalFromTheContextObject() throws Exception {
        PipelineSettings pipeline = ScheduleFixture.pipeline("interval");
        try (ScheduleFixture fixture = ScheduleFixture.h2()) {
            Schedules schedules = Schedules.open(fixture.durable, List.of(pipeline));
            try (Firing firing = schedules.startFiring(ScheduleOptions.defaults("context"))) {
                // the fire of 26 October, 00:00 in Amsterdam, runs 25 October: the day summer time ends
                assertThat(firing.fire("interval", "daily", Instant.parse("2026-10-25T23:00:00Z")).outcome())
                        .isEqualTo("started");
            }
            ExecutionRecord run = succeeded(fixture, "daily-2026-10-25");
            assertThat(run.output().at("/path/partition").asText()).isEqualTo("day=2026-10-25");
            assertThat(run.output().at("/path/schedule").asText()).isEqualTo("daily");
            assertThat(run.output().at("/path/start").asText()).isEqualTo("2026-10-25T00:00:00+02:00");
            assertThat(run.output().at("/path/end").asText()).isEqualTo("2026-10-26T00:00:00+01:00");
            assertThat(run.output().at("/path/whole").has("Backfill")).isFalse();
            assertThat(run.output().at("/jsonata/partition").asText()).isEqualTo("day=2026-10-25");
            assertThat(run.output().at("/jsonata/backfill").asText()).isEqualTo("none");
            // the same interval as the input's documented fields
            assertThat(run.input().get("logicalDate").asText()).isEqualTo("2026-10-25");
            assertThat(run.input().at("/dataInterval/start").asText())
                    .isEqualTo(run.output().at("/path/start").asText());
        }
    }

    @Test
    void aBackfillRunAlsoNamesItsBackfill() throws Exception {
        PipelineSettings pipeline = ScheduleFixture.pipeline("interval");
        try (ScheduleFixture fixture = ScheduleFixture.h2()) {
            Backfills backfills = Schedules.open(fixture.durable, List.of(pipeline)).backfills();
            String id = backfills.start(new BackfillRequest("interval", null, LocalDate.parse("2026-10-01"),
                    LocalDate.parse("2026-10-02"), BackfillPolicy.MISSING, 2, false));
            ScheduleFixture.await("backfill " + id, PATIENCE, () -> backfills.status(id).orElseThrow().finished());
            for (String day : List.of("2026-10-01", "2026-10-02")) {
                ExecutionRecord run = succeeded(fixture, "daily-" + day);
                assertThat(run.output().at("/path/partition").asText()).isEqualTo("day=" + day);
                assertThat(run.output().at("/path/whole/Backfill").asText()).isEqualTo(id);
                assertThat(run.output().at("/jsonata/partition").asText()).isEqualTo("day=" + day);
                assertThat(run.output().at("/jsonata/backfill").asText()).isEqualTo(id);
            }
        }
    }

    private static ExecutionRecord succeeded(ScheduleFixture fixture, String name) throws InterruptedException {
        PipelineSettings pipeline = ScheduleFixture.pipeline("interval");
        String arn = PipelineRuns.arn(pipeline, name);
        ScheduleFixture.await(name + " to end", PATIENCE, () -> fixture.durable.describe(arn)
                .map(r -> r.status() != ExecutionStatus.RUNNING).orElse(false));
        ExecutionRecord run = fixture.durable.describe(arn).orElseThrow();
        assertThat(run.status()).as(name + ": " + run.error() + " " + run.cause()).isEqualTo(ExecutionStatus.SUCCEEDED);
        return run;
    }
}
