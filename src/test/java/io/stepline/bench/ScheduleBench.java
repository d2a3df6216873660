package io.stepline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepline.engine.DurableExecutions;
import io.stepline.engine.Stepline;
import io.stepline.json.Json;
import io.stepline.schedule.CatchUp;
import io.stepline.schedule.Concurrency;
import io.stepline.schedule.Fire;
import io.stepline.schedule.Firing;
import io.stepline.schedule.IntervalLength;
import io.stepline.schedule.PipelineSettings;
import io.stepline.schedule.QuartzSchedulers;
import io.stepline.schedule.ScheduleOptions;
import io.stepline.schedule.ScheduleSpec;
import io.stepline.schedule.Schedules;
import io.stepline.store.ExecutionRecord;
import io.stepline.store.jdbc.JdbcExecutionStore;
import io.stepline.store.jdbc.StoreSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.quartz.CronScheduleBuilder;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobExecutionContext;
import org.quartz.Scheduler;
import org.quartz.TriggerBuilder;

/**
 * scripts/bench schedule: scheduler fire lag (scheduled fire time to the first state entered)
 * of a Stepline schedule against raw Quartz firing a no-op job, same job store (JDBC on embedded
 * H2) and same cron (every second), in the same run; and the orchestration overhead of a
 * 40-state chain of 10 ms tasks fired every second (its run time over its tasks' own time).
 */
public final class ScheduleBench {
    private static final List<Long> RAW_LAGS = new CopyOnWriteArrayList<>();
    private static final int STATES = 40;

    /** The peer: a job that only notes how late it ran. */
    public static final class NoOpJob implements Job {
        @Override
        public void execute(JobExecutionContext context) {
            RAW_LAGS.add(System.currentTimeMillis() - context.getScheduledFireTime().getTime());
        }
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        Path result = Path.of(args[1]);
        int fires = args.length > 2 && args[2].equals("--quick") ? 8 : 40;
        Path work = Files.createTempDirectory("stepline-bench-schedule");
        Path definition = work.resolve("chain.asl.json");
        Files.writeString(definition, chain());
        Map<String, Long> taskNanos = new ConcurrentHashMap<>();
        // H2's "async:" file system: Quartz interrupts its threads at shutdown, and an interrupt during
        // H2's default file I/O closes the database (see docs/schedules.md)
        StoreSettings embedded = StoreSettings.embedded(work.resolve("stepline"));
        try (JdbcExecutionStore store = JdbcExecutionStore.open(StoreSettings.of(
                embedded.url().replace("jdbc:h2:file:", "jdbc:h2:async:"), "sa", ""));
                Stepline engine = Stepline.start(Json.NODES.objectNode())) {
            engine.register("sleep10", (payload, control) -> {
                long start = System.nanoTime();
                Thread.sleep(10);
                taskNanos.merge(payload.path("run").asText(), System.nanoTime() - start, Long::sum);
                return payload;
            });
            DurableExecutions durable = engine.durable(store);

            System.err.println("[bench] raw Quartz: " + fires + " fires of a no-op job ...");
            Scheduler raw = QuartzSchedulers.create(store.dataSource(), ScheduleOptions.defaults("raw"));
            raw.scheduleJob(JobBuilder.newJob(NoOpJob.class).withIdentity("noop", "raw").build(),
                    TriggerBuilder.newTrigger().withIdentity("noop", "raw")
                            .withSchedule(CronScheduleBuilder.cronSchedule("* * * * * ?")).build());
            raw.start();
            while (RAW_LAGS.size() < fires + 2) {
                Thread.sleep(100);
            }
            raw.shutdown(true);
            List<Long> rawLags = new ArrayList<>(RAW_LAGS.subList(2, RAW_LAGS.size())); // first two: warm-up

            System.err.println("[bench] Stepline: " + fires + " fires of a " + STATES + "-state chain of 10 ms tasks ...");
            ScheduleSpec everySecond = new ScheduleSpec("chain", "* * * * * ?", ZoneId.of("UTC"),
                    IntervalLength.parse("PT1S"), CatchUp.NONE, Concurrency.SKIP, 0, false);
            PipelineSettings pipeline = new PipelineSettings("chain", definition, "STANDARD", Json.NODES.objectNode(),
                    List.of(everySecond));
            Schedules schedules = Schedules.open(durable, List.of(pipeline));
            List<Fire> handled;
            int skipped;
            try (Firing firing = schedules.startFiring(ScheduleOptions.defaults("bench"))) {
                // a run still going when the next second fires makes that fire skip (concurrency: skip):
                // only fires that started a run have a lag to measure
                while (started(firing.fires()).size() < fires + 2) {
                    Thread.sleep(100);
                }
                handled = started(firing.fires()).subList(2, fires + 2);
                skipped = firing.fires().size() - started(firing.fires()).size();
            }
            List<Long> lags = new ArrayList<>();
            List<Double> ratios = new ArrayList<>();
            List<Long> runMillis = new ArrayList<>();
            for (Fire fire : handled) {
                String arn = "arn:aws:states:local:000000000000:execution:chain:" + fire.executionName();
                ExecutionRecord record = waitForEnd(durable, arn);
                List<ObjectNode> history = durable.history(arn);
                long firstState = history.stream().filter(e -> e.get("type").asText().endsWith("StateEntered"))
                        .findFirst().orElseThrow().get("timestamp").decimalValue().movePointRight(3).longValue();
                lags.add(firstState - fire.scheduledTime().toEpochMilli());
                long run = Duration.between(record.startTime(), record.stopTime()).toMillis();
                runMillis.add(run);
                ratios.add(run / (taskNanos.getOrDefault(fire.executionName(), 1L) / 1e6));
            }
            write(root, result, fires, skipped, rawLags, lags, ratios, runMillis);
        }
    }

    private static ExecutionRecord waitForEnd(DurableExecutions durable, String arn) throws InterruptedException {
        while (true) {
            ExecutionRecord record = durable.describe(arn).orElseThrow();
            if (record.stopTime() != null) {
                return record;
            }
            Thread.sleep(50);
        }
    }

    private static String chain() {
        ObjectNode machine = Json.NODES.objectNode();
        machine.put("StartAt", "S1");
        ObjectNode states = machine.putObject("States");
        for (int i = 1; i <= STATES; i++) {
            ObjectNode state = states.putObject("S" + i);
            state.put("Type", "Task");
            state.put("Resource", "arn:aws:lambda:us-east-1:000000000000:function:sleep10");
            state.putObject("Parameters").put("run.$", "$$.Execution.Name");
            state.put("ResultPath", "$.last");
            if (i < STATES) {
                state.put("Next", "S" + (i + 1));
            } else {
                state.put("End", true);
            }
        }
        return Json.write(machine);
    }

    private static <T extends Comparable<T>> T percentile(List<T> values, double p) {
        List<T> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }

    private static List<Fire> started(List<Fire> fires) {
        return fires.stream().filter(f -> f.outcome().equals("started")).toList();
    }

    private static void write(Path root, Path result, int fires, int skipped, List<Long> raw, List<Long> lags, List<Double> ratios,
            List<Long> runMillis) throws Exception {
        ObjectNode json = Json.NODES.objectNode();
        json.put("benchmark", "schedule");
        json.put("fires", fires);
        json.put("firesSkippedBecauseThePreviousRunWasStillGoing", skipped);
        json.put("environment", Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.version") + ", store: embedded H2 file, async: file system (Quartz JDBC job store in it)");
        ObjectNode lag = json.putObject("fireLagMillis");
        lag.put("quartzNoOpP50", percentile(raw, 0.5));
        lag.put("quartzNoOpP99", percentile(raw, 0.99));
        lag.put("steplineFirstStateP50", percentile(lags, 0.5));
        lag.put("steplineFirstStateP99", percentile(lags, 0.99));
        long aboveP50 = percentile(lags, 0.5) - percentile(raw, 0.5);
        long aboveP99 = percentile(lags, 0.99) - percentile(raw, 0.99);
        lag.put("aboveQuartzP50", aboveP50);
        lag.put("aboveQuartzP99", aboveP99);
        lag.put("targetAboveP50", 10);
        lag.put("targetAboveP99", 50);
        lag.put("meetsTargets", aboveP50 <= 10 && aboveP99 <= 50);
        ObjectNode chain = json.putObject("chain");
        chain.put("states", STATES);
        chain.put("taskMillis", 10);
        chain.put("runMillisP50", percentile(runMillis, 0.5));
        chain.put("overheadRatioP50", Math.round(percentile(ratios, 0.5) * 1000) / 1000.0);
        chain.put("overheadRatioP99", Math.round(percentile(ratios, 0.99) * 1000) / 1000.0);
        chain.put("target", 1.25);
        chain.put("meetsTarget", percentile(ratios, 0.5) <= 1.25);
        ArrayNode rawSamples = json.putArray("quartzNoOpLags");
        raw.forEach(rawSamples::add);
        ArrayNode samples = json.putArray("steplineLags");
        lags.forEach(samples::add);
        Files.createDirectories(result.getParent());
        Files.writeString(result, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(json) + "\n");
        System.out.printf("fire lag p50: Stepline %d ms, raw Quartz %d ms -> %+d ms (target <= +10)%n",
                percentile(lags, 0.5), percentile(raw, 0.5), aboveP50);
        System.out.printf("fire lag p99: Stepline %d ms, raw Quartz %d ms -> %+d ms (target <= +50)%n",
                percentile(lags, 0.99), percentile(raw, 0.99), aboveP99);
        System.out.printf("40-state chain of 10 ms tasks: run %d ms, %.3fx its tasks' own time (p50; target <= 1.25x)%n",
                percentile(runMillis, 0.5), percentile(ratios, 0.5));
        System.out.println("wrote " + root.relativize(result.toAbsolutePath()));
    }
}
