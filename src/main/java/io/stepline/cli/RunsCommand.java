package io.stepline.cli;

import io.stepline.schedule.PlannedRun;
import io.stepline.schedule.SettingsException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code stepline runs PIPELINE --from --to}: each interval of a schedule and its latest run. */
@Command(name = "runs", mixinStandardHelpOptions = true,
        description = "A grid of a pipeline's intervals from --from to --to and the status of each one's latest run.")
final class RunsCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PIPELINE")
    String pipeline;

    @Mixin
    IntervalOptions range;

    @Override
    public Integer call() throws Exception {
        try (DurableSession session = DurableSession.open(range.config)) {
            List<PlannedRun> intervals = PipelineSchedules.open(session, range.pipelines)
                    .intervals(pipeline, range.schedule, range.fromDay(), range.toDay());
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
