package io.stepline.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PipelineSettingsReaderTest {
    @TempDir
    Path directory;

    @Test
    void readsTheAgreedFormat() throws Exception {
        PipelineSettings settings = ScheduleFixture.pipeline("nightly");
        assertThat(settings.name()).isEqualTo("nightly-attribution");
        assertThat(settings.definitionFile().getFileName().toString()).isEqualTo("nightly.asl.json");
        assertThat(settings.type()).isEqualTo("STANDARD");
        assertThat(settings.input().get("lookbackDays").asInt()).isEqualTo(30);
        ScheduleSpec nightly = settings.schedules().get(0);
        assertThat(nightly).isEqualTo(new ScheduleSpec("nightly", "0 30 2 * * ?", ZoneId.of("Europe/Amsterdam"),
                IntervalLength.parse("P1D"), CatchUp.LAST, Concurrency.SKIP, 3, false));
    }

    @Test
    void aNightlyFireRunsTheDayBeforeInItsZone() {
        ScheduleSpec nightly = ScheduleFixture.pipeline("nightly").schedules().get(0);
        // 2026-11-02 02:30 in Amsterdam (CET, +01:00)
        DataInterval interval = nightly.interval().endingAt(Instant.parse("2026-11-02T01:30:00Z"), nightly.zone());
        assertThat(interval.toInput().toString()).isEqualTo("{\"logicalDate\":\"2026-11-01\",\"dataInterval\":"
                + "{\"start\":\"2026-11-01T00:00:00+01:00\",\"end\":\"2026-11-02T00:00:00+01:00\"}}");
        assertThat(PipelineRuns.primaryName(nightly, interval)).isEqualTo("nightly-2026-11-01");
        // the day summer time ends is 25 hours long, and still one interval
        DataInterval longDay = nightly.interval().endingAt(Instant.parse("2026-10-26T01:30:00Z"), nightly.zone());
        assertThat(longDay.toInput().path("dataInterval").toString())
                .isEqualTo("{\"start\":\"2026-10-25T00:00:00+02:00\",\"end\":\"2026-10-26T00:00:00+01:00\"}");
    }

    @Test
    void shortIntervalsAreNamedByTheirStartTime() {
        IntervalLength hourly = IntervalLength.parse("PT1H");
        DataInterval interval = hourly.endingAt(Instant.parse("2026-11-01T13:05:00Z"), ZoneId.of("UTC"));
        assertThat(interval.logicalDate()).isEqualTo("2026-11-01T12:00");
        assertThat(interval.key()).isEqualTo("2026-11-01T120000");
        assertThat(hourly.covering(LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-02"), ZoneId.of("UTC")))
                .hasSize(48);
        assertThat(IntervalLength.parse("P1M").covering(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-03-31"),
                ZoneId.of("UTC"))).extracting(DataInterval::logicalDate)
                .containsExactly("2026-01-01", "2026-02-01", "2026-03-01");
    }

    @Test
    void badSettingsNameTheFileAndTheField() throws Exception {
        Files.writeString(directory.resolve("x.asl.json"), "{}");
        assertThat(problem("schedules: [{name: n, cron: \"0 30 2 * *\"}]")).contains("pipeline.yaml: schedules[0].cron:")
                .contains("not a Quartz cron");
        assertThat(problem("schedules: [{name: n, cron: \"0 0 * * * ?\", timezone: Mars/Base}]"))
                .contains("schedules[0].timezone: 'Mars/Base' is not a time zone");
        assertThat(problem("schedules: [{name: n, cron: \"0 0 * * * ?\", catchup: all}]"))
                .contains("schedules[0].catchup: unknown field");
        assertThat(problem("schedules: [{name: n, cron: \"0 0 * * * ?\", concurrency: wait}]"))
                .contains("schedules[0].concurrency: 'wait' is not one of [queue, skip, fail]");
        assertThat(problem("schedules: [{name: n, cron: \"0 0 * * * ?\", interval: PT7M}]"))
                .contains("schedules[0].interval:");
        assertThat(problem("definition: missing.asl.json")).contains("definition: no file");
        assertThat(problem("schedules: [{name: n, cron: \"0 0 * * * ?\"}, {name: n, cron: \"0 0 * * * ?\"}]"))
                .contains("'n' is used twice");
        assertThat(problem("input: [1]")).contains("input: must be a mapping");
    }

    private String problem(String yaml) throws Exception {
        String text = yaml.startsWith("definition") ? yaml : "definition: x.asl.json\n" + yaml;
        Files.writeString(directory.resolve("pipeline.yaml"), text);
        return assertThatThrownBy(() -> PipelineSettingsReader.read(directory))
                .isInstanceOf(SettingsException.class).actual().getMessage();
    }
}
