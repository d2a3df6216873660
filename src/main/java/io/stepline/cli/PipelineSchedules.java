package io.stepline.cli;

import io.stepline.schedule.PipelineSettings;
import io.stepline.schedule.PipelineSettingsReader;
import io.stepline.schedule.Schedules;
import io.stepline.schedule.SettingsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** The schedules of the pipelines under a directory, over a command's durable session. */
final class PipelineSchedules {
    static final String PIPELINES_HELP = "Directory of pipelines, each with a pipeline.yaml (default ./pipelines).";

    private PipelineSchedules() {
    }

    static List<PipelineSettings> read(Path pipelines) throws UserError {
        Path directory = pipelines == null ? Path.of("pipelines") : pipelines;
        if (!Files.isDirectory(directory)) {
            throw new UserError("no pipelines directory " + directory + " (give one with --pipelines DIR)");
        }
        try {
            return PipelineSettingsReader.discover(directory);
        } catch (SettingsException e) {
            throw new UserError(e.getMessage());
        }
    }

    static Schedules open(DurableSession session, Path pipelines) throws UserError {
        return Schedules.open(session.durable(), read(pipelines));
    }

    static LocalDate date(String option, String text) throws UserError {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new UserError(option + " '" + text + "' is not a date (YYYY-MM-DD)");
        }
    }
}
