package io.stepline.cli;

import io.stepline.schedule.PlannedRun;
import io.stepline.schedule.SettingsException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code stepline runs PIPELINE --from --to}: each interval of a schedule and its latest run. */
@Command(name = "runs", mixinStandardHelpOptions = true,
        description = "A grid of a pipeline's intervals from --from to --to and the status of each one's latest run.")
final class RunsCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PIPELINE")
    String pipeline;

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

    @Override
    public Integer call() throws Exception {
        try (DurableSession session = DurableSession.open(config)) {
            List<PlannedRun> intervals = PipelineSchedules.open(session, pipelines).intervals(pipeline, schedule,
                    PipelineSchedules.date("--from", from), PipelineSchedules.date("--to", to));
            StringBuilder grid = new StringBuilder();
            for (PlannedRun run : intervals) {
                grid.append(symbol(run));
            }
            System.out.println(grid + "   (# succeeded, > running, X failed, . missing)");
            System.out.printf("%-22s %-10s %s%n", "LOGICAL DATE", "STATUS", "EXECUTION");
            for (PlannedRun run : intervals) {
                System.out.printf("%-22s %-10s %s%n", run.interval().logicalDate(),
                        run.existing() == null ? "MISSING" : run.existing(), run.existing() == null ? "-" : run.executionName());
            }
            return 0;
        } catch (SettingsException | IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }

    private static char symbol(PlannedRun run) {
        if (run.existing() == null) {
            return '.';
        }
        return switch (run.existing()) {
            case SUCCEEDED -> '#';
            case RUNNING -> '>';
            default -> 'X';
        };
    }
}
