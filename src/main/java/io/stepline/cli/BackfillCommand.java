package io.stepline.cli;

import io.stepline.schedule.BackfillPolicy;
import io.stepline.schedule.BackfillRequest;
import io.stepline.schedule.BackfillStatus;
import io.stepline.schedule.Backfills;
import io.stepline.schedule.PlannedRun;
import io.stepline.schedule.SettingsException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code stepline backfill PIPELINE --from --to}: one durable run per interval, in a lane of
 * {@code --concurrency} runs, with a live progress line. Ctrl-C stops starting runs and waits
 * for those running to finish; the same command again resumes.
 */
@Command(name = "backfill", mixinStandardHelpOptions = true,
        description = {"Runs a pipeline once per interval of its schedule from --from to --to (days, both included), "
                + "under deterministic names: the same command again resumes, skipping what is done. Ctrl-C stops "
                + "starting runs and waits for the running ones to finish. Scheduled runs never wait for a backfill."})
final class BackfillCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PIPELINE", description = "The pipeline's name (its pipeline.yaml).")
    String pipeline;

    @Mixin
    IntervalOptions range;

    @Option(names = "--policy", paramLabel = "POLICY", description = "missing (default): intervals with no run; "
            + "failed: also those whose latest run failed; all: every interval again.")
    String policy = "missing";

    @Option(names = "--concurrency", paramLabel = "N", description = "Runs at once (default 1).")
    int concurrency = 1;

    @Option(names = "--reverse", description = "Newest interval first.")
    boolean reverse;

    @Option(names = "--dry-run", description = "Show what would run and what is skipped, run nothing.")
    boolean dryRun;

    @Override
    public Integer call() throws Exception {
        BackfillRequest request;
        try {
            request = new BackfillRequest(pipeline, range.schedule, range.fromDay(),
                    range.toDay(), policy(), concurrency, reverse);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        try (DurableSession session = DurableSession.open(range.config)) {
            Backfills backfills = PipelineSchedules.open(session, range.pipelines).backfills();
            if (dryRun) {
                for (PlannedRun run : backfills.plan(request)) {
                    System.out.printf("%-22s %-5s %-10s %s%n", run.interval().logicalDate(), run.run() ? "run" : "skip",
                            run.existing() == null ? "-" : run.existing(), run.executionName());
                }
                return 0;
            }
            String id = backfills.start(request);
            System.out.println("backfill " + id);
            CountDownLatch ended = new CountDownLatch(1);
            Thread interrupt = new Thread(() -> {
                backfills.cancel(id);
                System.err.println("\ncancelling: no new runs; waiting for the running ones to finish"
                        + " (run the same command again to resume)");
                try {
                    ended.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "stepline-backfill-cancel");
            Runtime.getRuntime().addShutdownHook(interrupt);
            BackfillStatus status = follow(backfills, id);
            ended.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(interrupt);
            } catch (IllegalStateException shuttingDown) {
                // Ctrl-C: the hook is running and has been released
            }
            System.out.println(status.state().name().toLowerCase() + ": " + line(status));
            return status.failed() > 0 || status.state() != BackfillStatus.State.DONE ? Failures.FAILED : 0;
        } catch (SettingsException e) {
            throw new UserError(e.getMessage());
        }
    }

    private BackfillPolicy policy() throws UserError {
        try {
            return BackfillPolicy.valueOf(policy.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UserError("--policy '" + policy + "' is not one of missing, failed, all");
        }
    }

    /** A progress line rewritten in place on a terminal; a plain line at each change otherwise. */
    private static BackfillStatus follow(Backfills backfills, String id) throws InterruptedException {
        boolean terminal = System.console() != null;
        String last = "";
        while (true) {
            BackfillStatus status = backfills.status(id).orElseThrow();
            String line = line(status);
            if (terminal) {
                System.out.print("\r" + bar(status) + " " + line + "   ");
                System.out.flush();
            } else if (!line.equals(last)) {
                System.out.println(line);
            }
            last = line;
            if (status.finished()) {
                if (terminal) {
                    System.out.println();
                }
                return status;
            }
            Thread.sleep(terminal ? 200 : 500);
        }
    }

    static String line(BackfillStatus status) {
        String eta = status.eta() == null ? "" : String.format(", ETA %dm%02ds", status.eta().toMinutes(),
                status.eta().toSecondsPart());
        return String.format("%d done, %d running, %d failed, %d remaining, %d skipped%s", status.done(),
                status.running(), status.failed(), status.remaining(), status.skipped(), eta);
    }

    private static String bar(BackfillStatus status) {
        int width = 30;
        int filled = status.total() == 0 ? width
                : (int) ((long) width * (status.done() + status.failed()) / status.total());
        return "[" + "#".repeat(filled) + " ".repeat(width - filled) + "]";
    }
}
