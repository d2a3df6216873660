package io.stepline.cli;

import io.stepline.schedule.ScheduleInfo;
import io.stepline.schedule.Schedules;
import io.stepline.schedule.SettingsException;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code stepline schedules list|pause|resume}: the schedules declared in pipeline.yaml files. */
@Command(name = "schedules", mixinStandardHelpOptions = true,
        description = {"Schedules declared in pipelines/*/pipeline.yaml (docs/schedules.md). Pause and resume are "
                + "kept in the store and seen by every engine on it; `stepline worker --pipelines DIR` fires them."})
final class SchedulesCommand {
    /** Where the pipelines and the configuration are (each subcommand takes them). */
    static final class Where {
        @Option(names = "--pipelines", paramLabel = "DIR", description = PipelineSchedules.PIPELINES_HELP)
        Path pipelines;

        @Option(names = "--config", paramLabel = "FILE", description = "Configuration file.")
        Path config;
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Every schedule, its state and next fire.")
    int list(@Mixin Where where) throws Exception {
        try (DurableSession session = DurableSession.open(where.config)) {
            Schedules schedules = PipelineSchedules.open(session, where.pipelines);
            System.out.printf("%-24s %-12s %-18s %-18s %-8s %-7s %-22s %s%n", "PIPELINE", "SCHEDULE", "CRON", "TIMEZONE",
                    "INTERVAL", "STATE", "NEXT FIRE", "LAST OUTCOME");
            for (ScheduleInfo info : schedules.list()) {
                System.out.printf("%-24s %-12s %-18s %-18s %-8s %-7s %-22s %s%n", info.pipeline(), info.name(),
                        info.cron(), info.timezone(), info.interval(), info.paused() ? "paused" : "active",
                        info.nextFireTime() == null ? "-" : info.nextFireTime(),
                        info.lastOutcome() == null ? "-" : info.lastOutcome());
            }
            return 0;
        }
    }

    @Command(name = "pause", mixinStandardHelpOptions = true,
            description = "Pauses a schedule: its fires start nothing until resumed.")
    int pause(@Parameters(paramLabel = "PIPELINE") String pipeline,
            @Parameters(paramLabel = "SCHEDULE") String schedule, @Mixin Where where) throws Exception {
        return setPaused(where, pipeline, schedule, true);
    }

    @Command(name = "resume", mixinStandardHelpOptions = true,
            description = "Resumes a paused schedule from its next fire (fires missed while paused are not run).")
    int resume(@Parameters(paramLabel = "PIPELINE") String pipeline,
            @Parameters(paramLabel = "SCHEDULE") String schedule, @Mixin Where where) throws Exception {
        return setPaused(where, pipeline, schedule, false);
    }

    private int setPaused(Where where, String pipeline, String schedule, boolean paused) throws Exception {
        try (DurableSession session = DurableSession.open(where.config)) {
            Schedules schedules = PipelineSchedules.open(session, where.pipelines);
            if (paused) {
                schedules.pause(pipeline, schedule);
            } else {
                schedules.resume(pipeline, schedule);
            }
            System.out.println(pipeline + "/" + schedule + (paused ? " paused" : " resumed"));
            return 0;
        } catch (SettingsException e) {
            throw new UserError(e.getMessage());
        }
    }
}
