package io.stepline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.config.Connection;
import io.stepline.connector.ConnectorContext;
import io.stepline.connector.TaskFailedException;
import io.stepline.connector.spark.SparkSessions;
import io.stepline.connector.spark.SparkSettings;
import io.stepline.engine.Pipeline;
import io.stepline.engine.Stepline;
import io.stepline.json.Json;
import io.stepline.runtime.ExecutionResult;
import java.io.BufferedWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.spark.sql.SparkSession;

/**
 * {@code scripts/bench data spark}: what a Stepline Spark task costs over the same Spark job run
 * raw on the same, already started session, in one JVM (the session is shared, as in a worker):
 * <ul>
 * <li>per-task overhead: a one-task pipeline ({@code stepline:spark:filter}, a small Parquet
 *     file in and out) against {@code spark.read().parquet().where().write()} — target +50 ms;</li>
 * <li>JSON lines to Parquet rate (rows/s): {@code stepline:spark:select} with {@code columns: ["*"]}
 *     against {@code spark.read().json().write().parquet()} — target 0.9x raw.</li>
 * </ul>
 * Raw and Stepline samples alternate so load on the machine hits both alike; each figure is a
 * median. Arguments: {@code ROOT RESULT_JSON [--quick]}.
 */
public final class DataSparkBench {
    private static final double OVERHEAD_MS = 50;
    private static final double RATE = 0.9;
    private static final List<String> NOTES = new ArrayList<>();

    record Plan(int smallRows, int overheadSamples, int jsonRows, int rateSamples) {
        static final Plan FULL = new Plan(1_000, 21, 500_000, 5);
        static final Plan QUICK = new Plan(1_000, 5, 100_000, 2);
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]).toAbsolutePath();
        Path result = Path.of(args[1]);
        Plan plan = Arrays.asList(args).contains("--quick") ? Plan.QUICK : Plan.FULL;
        Path work = root.resolve("target/bench/data-spark");
        Files.createDirectories(work);
        String loadBefore = Environment.loadAverage();
        Report report = new Report();
        try (Stepline engine = Stepline.start(Json.NODES.objectNode())) {
            SparkSession spark = session(engine);
            Path small = work.resolve("small.parquet");
            spark.range(plan.smallRows()).selectExpr("id", "id % 7 AS bucket", "cast(id AS string) AS name")
                    .write().mode("overwrite").parquet(small.toString());
            Path events = writeJsonLines(work.resolve("events.jsonl"), plan.jsonRows());
            overhead(engine, spark, work, small, plan, report);
            rate(engine, spark, work, events, plan, report);
        }
        PrintStream out = System.out;
        out.println();
        out.println("stepline on Java " + System.getProperty("java.version") + ", Spark " + org.apache.spark.package$.MODULE$.SPARK_VERSION()
                + " local[*] on " + Runtime.getRuntime().availableProcessors() + " cores, one JVM, session shared;"
                + " raw and stepline samples alternate; medians");
        out.println("load average (1/5/15 min) before: " + loadBefore + ", after: " + Environment.loadAverage()
                + " (other work on this machine makes every figure noisier)");
        out.println();
        report.print(out);
        out.println();
        NOTES.forEach(note -> out.println("note: " + note));
        report.writeJson(result);
        out.println("results: " + result);
    }

    /** The session Stepline's tasks use (no configuration: local[*]), for the raw side too. */
    private static SparkSession session(Stepline engine) throws TaskFailedException {
        ConnectorContext context = new ConnectorContext() {
            @Override
            public JsonNode section(String name) {
                return engine.config().path(name);
            }

            @Override
            public <T> T registered(Class<T> type, String name) {
                return null;
            }

            @Override
            public Connection connection(String name) {
                return null;
            }

            @Override
            public Path definitionDirectory() {
                return Path.of("").toAbsolutePath();
            }
        };
        return SparkSessions.shared(new SparkSettings(context));
    }

    /** Per-task overhead: the median time of a one-task pipeline minus that of the raw job. */
    private static void overhead(Stepline engine, SparkSession spark, Path work, Path small, Plan plan, Report report)
            throws Exception {
        Path rawOut = work.resolve("overhead-raw");
        Path out = work.resolve("overhead-stepline");
        Pipeline pipeline = engine.load("overhead.asl.json", "overhead", """
                {"StartAt": "Filter", "States": {"Filter": {"Type": "Task", "Resource": "stepline:spark:filter",
                  "Parameters": {"Inputs": {"small": "%s"}, "Parameters": {"condition": "bucket <> 3"},
                                 "Outputs": {"kept": "%s"}}, "End": true}}}
                """.formatted(small, out), Map.of(), List.of());
        long[] raw = new long[plan.overheadSamples()];
        long[] stepline = new long[plan.overheadSamples()];
        long[] inside = new long[plan.overheadSamples()];
        for (int i = -3; i < plan.overheadSamples(); i++) { // three warm-ups each
            long start = System.nanoTime();
            spark.newSession().read().parquet(small.toString()).where("bucket <> 3")
                    .write().mode("overwrite").parquet(rawOut.toString());
            long rawNanos = System.nanoTime() - start;
            start = System.nanoTime();
            ExecutionResult run = pipeline.run(Json.NODES.objectNode());
            long steplineNanos = System.nanoTime() - start;
            if (!run.succeeded()) {
                throw new IllegalStateException("the overhead pipeline failed: " + run.error() + ": " + run.cause());
            }
            if (i >= 0) {
                raw[i] = rawNanos;
                stepline[i] = steplineNanos;
                inside[i] = run.output().path("durationMs").asLong() * 1_000_000;
            }
        }
        double rawMs = Harness.median(raw) / 1e6;
        double steplineMs = Harness.median(stepline) / 1e6;
        report.add("spark_task_" + plan.smallRows() + "_rows vs raw_spark_job", "ms_per_task", steplineMs, rawMs,
                Target.growthBelow(OVERHEAD_MS));
        NOTES.add(String.format("per-task: the task's own durationMs (session, read, transform, staged write,"
                + " footer count) has median %.0f ms; the rest of the pipeline run (engine, input/output JSON) %.0f ms",
                Harness.median(inside) / 1e6, steplineMs - Harness.median(inside) / 1e6));
    }

    /** JSON lines to Parquet, rows per second, Stepline's select transform against raw Spark. */
    private static void rate(Stepline engine, SparkSession spark, Path work, Path events, Plan plan, Report report)
            throws Exception {
        Path rawOut = work.resolve("events-raw.parquet");
        Path out = work.resolve("events-stepline.parquet");
        Pipeline pipeline = engine.load("json-to-parquet.asl.json", "json-to-parquet", """
                {"StartAt": "Convert", "States": {"Convert": {"Type": "Task", "Resource": "stepline:spark:select",
                  "Parameters": {"Inputs": {"events": "%s"}, "Parameters": {"columns": ["*"]},
                                 "Outputs": {"events": "%s"}}, "End": true}}}
                """.formatted(events, out), Map.of(), List.of());
        List<Double> rawRates = new ArrayList<>();
        List<Double> steplineRates = new ArrayList<>();
        for (int i = -1; i < plan.rateSamples(); i++) { // one warm-up each
            long start = System.nanoTime();
            spark.newSession().read().json(events.toString()).write().mode("overwrite").parquet(rawOut.toString());
            double rawRate = plan.jsonRows() / ((System.nanoTime() - start) / 1e9);
            start = System.nanoTime();
            ExecutionResult run = pipeline.run(Json.NODES.objectNode());
            double steplineRate = plan.jsonRows() / ((System.nanoTime() - start) / 1e9);
            if (!run.succeeded() || run.output().at("/outputs/events/rows").asLong() != plan.jsonRows()) {
                throw new IllegalStateException("the conversion pipeline failed or lost rows: " + run);
            }
            if (i >= 0) {
                rawRates.add(rawRate);
                steplineRates.add(steplineRate);
            }
        }
        report.add("json_to_parquet_" + plan.jsonRows() + "_rows vs raw_spark", "rows_per_s",
                median(steplineRates), median(rawRates), Target.ratioAtLeast(RATE));
    }

    private static Path writeJsonLines(Path file, int rows) throws Exception {
        if (Files.exists(file) && Files.readAllLines(file.resolveSibling(file.getFileName() + ".rows"))
                .equals(List.of(Integer.toString(rows)))) {
            return file;
        }
        Random random = new Random(1);
        String[] channels = {"email", "search", "display", "social", "direct"};
        try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < rows; i++) {
                writer.write("{\"event_id\":" + i + ",\"user_id\":\"u" + random.nextInt(50_000) + "\",\"channel\":\""
                        + channels[random.nextInt(channels.length)] + "\",\"amount\":" + random.nextInt(10_000) / 100.0
                        + ",\"ts\":\"2026-11-" + (10 + random.nextInt(20)) + "T" + (10 + random.nextInt(14))
                        + ":00:00Z\"}\n");
            }
        }
        Files.writeString(file.resolveSibling(file.getFileName() + ".rows"), Integer.toString(rows) + "\n");
        return file;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
