package io.stepline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** stepline backfill, runs and schedules over an embedded store and the pipelines of src/test/resources/schedule. */
class ScheduleCommandsTest {
    private static final String PIPELINES = "src/test/resources/schedule";

    @TempDir
    Path directory;

    private String config() throws Exception {
        Path config = directory.resolve("stepline.yaml");
        Files.writeString(config, "store:\n  url: jdbc:h2:file:" + directory.resolve("stepline").toAbsolutePath() + "\n");
        return config.toString();
    }

    @Test
    void backfillsShowsTheGridAndResumes() throws Exception {
        String config = config();
        CliRun dry = CliRun.of("backfill", "nightly-attribution", "--from", "2026-10-01", "--to", "2026-10-03",
                "--dry-run", "--pipelines", PIPELINES, "--config", config);
        assertThat(dry.exit()).as(dry.toString()).isZero();
        assertThat(dry.outLines()).hasSize(3).allMatch(line -> line.contains(" run "))
                .anyMatch(line -> line.endsWith("nightly-2026-10-02"));

        CliRun backfill = CliRun.of("backfill", "nightly-attribution", "--from", "2026-10-01", "--to", "2026-10-03",
                "--concurrency", "2", "--pipelines", PIPELINES, "--config", config);
        assertThat(backfill.exit()).as(backfill.toString()).isZero();
        assertThat(backfill.out()).contains("done: 3 done, 0 running, 0 failed, 0 remaining, 0 skipped");

        CliRun grid = CliRun.of("runs", "nightly-attribution", "--from", "2026-09-30", "--to", "2026-10-04",
                "--pipelines", PIPELINES, "--config", config);
        assertThat(grid.exit()).as(grid.toString()).isZero();
        assertThat(grid.outLines().get(0)).startsWith(".###.");
        assertThat(grid.out()).contains("2026-10-02             SUCCEEDED  nightly-2026-10-02");

        CliRun again = CliRun.of("backfill", "nightly-attribution", "--from", "2026-10-01", "--to", "2026-10-03",
                "--pipelines", PIPELINES, "--config", config);
        assertThat(again.out()).contains("0 done, 0 running, 0 failed, 0 remaining, 3 skipped");
    }

    @Test
    void schedulesArePausedAndResumedFromTheCommandLine() throws Exception {
        String config = config();
        CliRun pause = CliRun.of("schedules", "pause", "tick", "tick", "--pipelines", PIPELINES, "--config", config);
        assertThat(pause.exit()).as(pause.toString()).isZero();
        CliRun list = CliRun.of("schedules", "list", "--pipelines", PIPELINES, "--config", config);
        assertThat(list.outLines()).anyMatch(line -> line.startsWith("tick ") && line.contains(" paused "))
                .anyMatch(line -> line.startsWith("nightly-attribution ") && line.contains(" active "));
        CliRun resume = CliRun.of("schedules", "resume", "tick", "tick", "--pipelines", PIPELINES, "--config", config);
        assertThat(resume.exit()).isZero();
        assertThat(CliRun.of("schedules", "list", "--pipelines", PIPELINES, "--config", config).outLines())
                .anyMatch(line -> line.startsWith("tick ") && line.contains(" active "));
    }

    @Test
    void badInputIsNamed() throws Exception {
        String config = config();
        CliRun unknown = CliRun.of("backfill", "nope", "--from", "2026-10-01", "--to", "2026-10-03", "--pipelines",
                PIPELINES, "--config", config).assertNoJavaInternals();
        assertThat(unknown.exit()).isNotZero();
        assertThat(unknown.err()).contains("no pipeline 'nope'");
        CliRun date = CliRun.of("runs", "tick", "--from", "2026-13-01", "--to", "2026-10-03", "--pipelines",
                PIPELINES, "--config", config).assertNoJavaInternals();
        assertThat(date.err()).contains("--from '2026-13-01' is not a date");
        CliRun order = CliRun.of("backfill", "tick", "--from", "2026-10-05", "--to", "2026-10-03", "--pipelines",
                PIPELINES, "--config", config).assertNoJavaInternals();
        assertThat(order.err()).contains("--to 2026-10-03 is before --from 2026-10-05");
        CliRun schedule = CliRun.of("schedules", "pause", "tick", "nightly", "--pipelines", PIPELINES, "--config",
                config).assertNoJavaInternals();
        assertThat(schedule.err()).contains("pipeline 'tick' has no schedule 'nightly'");
    }
}
