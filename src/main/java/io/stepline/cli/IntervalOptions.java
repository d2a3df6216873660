package io.stepline.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import picocli.CommandLine.Option;

/**
 * The options of commands that walk a pipeline's schedule intervals ({@code backfill}, {@code runs}):
 * the day range, which schedule, where the pipelines are, which configuration.
 */
final class IntervalOptions {
    @Option(names = "--from", required = true, paramLabel = "DATE", description = "First day (YYYY-MM-DD).")
    String from;

    @Option(names = "--to", required = true, paramLabel = "DATE", description = "Last day, included (YYYY-MM-DD).")
    String to;

    @Option(names = "--schedule", description = "Which schedule's intervals (default: the pipeline's first).")
    String schedule;

    @Option(names = "--pipelines", paramLabel = "DIR", description = PipelineSchedules.PIPELINES_HELP)
    Path pipelines;

    @Option(names = "--config", paramLabel = "FILE", description = "Configuration file.")
    Path config;

    LocalDate fromDay() throws UserError {
        return PipelineSchedules.date("--from", from);
    }

    LocalDate toDay() throws UserError {
        return PipelineSchedules.date("--to", to);
    }
}
