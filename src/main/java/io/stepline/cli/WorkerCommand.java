package io.stepline.cli;

import io.stepline.engine.DurableExecutions;
import io.stepline.schedule.Firing;
import io.stepline.schedule.PipelineWatcher;
import io.stepline.schedule.ScheduleOptions;
import io.stepline.schedule.Schedules;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code stepline worker}: the engine as a long-lived process. It resumes what it (or a killed
 * process) left running, runs executions started with --detach, and delivers callbacks.
 */
@Command(name = "worker", mixinStandardHelpOptions = true,
        description = {"Runs durable executions: resumes those left running (its own at once, a killed "
                + "process's once its lease runs out) and those started with --detach. Stops on SIGTERM/Ctrl-C."})
final class WorkerCommand implements Callable<Integer> {
    @Option(names = "--id", description = "This worker's stable name (default worker@HOST): restarted under the "
            + "same name it takes its executions back at once.")
    String id;

    @Option(names = "--poll", paramLabel = "SECONDS", description = "How often to look for work (default 2).")
    double pollSeconds = 2;

    @Option(names = "--config", paramLabel = "FILE", description = "Configuration file.")
    Path config;

    @Option(names = "--pipelines", paramLabel = "DIR", description = "Also fire the schedules of the pipelines in "
            + "DIR (each with a pipeline.yaml); on PostgreSQL, workers firing the same pipelines form a Quartz cluster.")
    Path pipelines;

    @Override
    public Integer call() throws Exception {
        CountDownLatch stop = new CountDownLatch(1);
        try (DurableSession session = DurableSession.openAs(config, DurableExecutions.workerName(id))) {
            Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown, "stepline-worker-stop"));
            DurableExecutions durable = session.durable();
            int resumed = durable.resumeAll();
            Firing firing = null;
            PipelineWatcher watcher = null;
            if (pipelines != null) {
                Schedules schedules = PipelineSchedules.open(session, pipelines);
                // one line per fire: which worker of a cluster took it, and what it did
                firing = schedules.startFiring(ScheduleOptions.defaults(durable.owner()), fire -> {
                    System.out.println("fired " + fire.pipeline() + "/" + fire.schedule() + " at "
                            + fire.scheduledTime() + ": " + fire.outcome()
                            + (fire.executionName() == null ? "" : " " + fire.executionName()));
                    System.out.flush();
                });
                // edited pipeline.yaml files and new pipeline folders apply without a restart
                watcher = new PipelineWatcher(pipelines);
                watcher.read();
                watcher.follow(schedules, firing, PipelineWatcher.PERIOD);
                System.out.println("firing " + schedules.list().size() + " schedule(s) of " + pipelines);
            }
            System.out.println("stepline worker " + durable.owner() + " ready; resumed " + resumed
                    + " execution(s)");
            System.out.flush();
            long pollMillis = Math.max(100, (long) (pollSeconds * 1000));
            while (!stop.await(pollMillis, TimeUnit.MILLISECONDS)) {
                int picked = durable.resumeAll();
                if (picked > 0) {
                    System.out.println("resumed " + picked + " execution(s)");
                    System.out.flush();
                }
            }
            if (firing != null) {
                watcher.close();
                firing.close();
            }
        }
        return 0;
    }
}
