package io.stepline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepline.config.ConfigLoader;
import io.stepline.connector.attribution.Credits;
import io.stepline.engine.Pipeline;
import io.stepline.engine.RunOptions;
import io.stepline.engine.Stepline;
import io.stepline.json.Json;
import io.stepline.marketing.SampleData;
import io.stepline.marketing.SampleDataGenerator;
import io.stepline.marketing.SampleSpec;
import io.stepline.runtime.ExecutionResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;

/**
 * {@code scripts/bench attribution [TOUCHPOINTS] [ROUNDS]}: the whole marketing-attribution pipeline
 * (as shipped, EXPRESS, on the shared local Spark session and a DuckDB warehouse) over N generated
 * touchpoints, against a hand-written Spark job computing the same seven models' credits
 * ({@link AttributionHandWritten}; target at most 1.2x its time) and against first/last/linear touch
 * in DuckDB SQL ({@link AttributionDuckDb}; a peer, no target). All in one JVM; the pipeline and the
 * hand-written job alternate, after a warm-up of both on a small sample, and each figure is a median.
 * The credits of every side are compared and any difference is printed.
 * Arguments: {@code ROOT RESULT_JSON [TOUCHPOINTS (default 10000000)] [ROUNDS (default 2)]}.
 */
public final class AttributionBench {
    private static final String FROM = "2026-09-01T00:00:00Z";
    private static final String START = "2026-10-01T00:00:00Z";
    private static final String END = "2026-11-01T00:00:00Z";
    private static final int LOOKBACK = 30;
    private static final Map<String, Map<String, String>> MODELS = new LinkedHashMap<>();

    static {
        MODELS.put("first_touch", Map.of());
        MODELS.put("last_touch", Map.of());
        MODELS.put("linear", Map.of());
        MODELS.put("position_based", Map.of("first", "0.4", "middle", "0.2", "last", "0.4"));
        MODELS.put("time_decay", Map.of("half_life_days", "7"));
        MODELS.put("markov", Map.of("order", "1", "use_nulls", "true"));
        MODELS.put("shapley", Map.of());
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]).toAbsolutePath();
        Path result = Path.of(args[1]);
        long touchpoints = args.length > 2 ? Long.parseLong(args[2]) : 10_000_000L;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 2;
        Path work = root.resolve("target/bench/attribution");
        List<String> notes = new ArrayList<>();
        String loadBefore = Environment.loadAverage();

        long generating = System.nanoTime();
        SampleData data = sample(work.resolve("sample-" + touchpoints), touchpoints);
        notes.add(String.format("data: %,d valid touchpoints (+%,d duplicates, %,d bad rows), %,d conversions, %,d users;"
                + " generated in %.1f s (or reused)", data.validTouchpoints(), data.duplicateRows(), data.badRows(),
                data.conversionRows(), data.users(), (System.nanoTime() - generating) / 1e9));
        SampleData warmup = sample(work.resolve("sample-warmup"), 20_000);

        ObjectNode config = (ObjectNode) ConfigLoader.load(root.resolve(ConfigLoader.DEFAULT_LOCATION));
        ((ObjectNode) config.with("connections").with("warehouse")).put("url",
                "jdbc:duckdb:" + work.resolve("warehouse.duckdb"));
        Report report = new Report();
        try (Stepline engine = Stepline.start(config)) {
            Pipeline pipeline = engine.load(root.resolve("pipelines/marketing-attribution/marketing-attribution.asl.json"),
                    Map.of());
            runPipeline(pipeline, warmup, work);
            // The pipeline's first Spark task started the process's shared session: the hand-written job uses it too.
            SparkSession spark = SparkSession.builder().getOrCreate();
            AttributionHandWritten.run(spark, warmup.touchpoints(), warmup.conversions(), FROM, START, END, LOOKBACK, MODELS,
                    new LinkedHashMap<>());

            List<Double> pipelineSeconds = new ArrayList<>();
            List<Double> handSeconds = new ArrayList<>();
            JsonNode output = null;
            Map<String, Credits> hand = null;
            for (int round = 0; round < rounds; round++) {
                Map<String, Double> handPhases = new LinkedHashMap<>();
                String loadBeforeHand = Environment.loadAverage();
                long t0 = System.nanoTime();
                hand = AttributionHandWritten.run(spark, data.touchpoints(), data.conversions(), FROM, START, END,
                        LOOKBACK, MODELS, handPhases);
                handSeconds.add((System.nanoTime() - t0) / 1e9);
                String loadBeforePipeline = Environment.loadAverage();
                t0 = System.nanoTime();
                ExecutionResult run = runPipeline(pipeline, data, work);
                pipelineSeconds.add((System.nanoTime() - t0) / 1e9);
                // The two sides run one after the other: other work starting in between skews the ratio.
                notes.add("round " + (round + 1) + " load average before the hand-written job: " + loadBeforeHand
                        + ", before the pipeline: " + loadBeforePipeline + ", after: " + Environment.loadAverage());
                output = run.output();
                // Where the time goes, per state and per phase of the peer: which part grows with the data.
                notes.add("round " + (round + 1) + " pipeline states (s): " + StateDurations.format(
                        StateDurations.of(run.history())));
                notes.add("round " + (round + 1) + " hand-written phases (s): " + StateDurations.format(handPhases));
            }
            long t0 = System.nanoTime();
            Map<String, Double> duck = AttributionDuckDb.run(data.touchpoints(), data.conversions(), FROM, START, END, LOOKBACK);
            double duckSeconds = (System.nanoTime() - t0) / 1e9;

            String size = String.format("%.0fk", touchpoints / 1000.0);
            report.add("pipeline_" + size + "_touchpoints vs hand_written_spark_job", "seconds",
                    median(pipelineSeconds), median(handSeconds), Target.ratioAtMost(1.2));
            report.add("pipeline_" + size + "_touchpoints (7 models) vs duckdb_sql (first/last/linear)", "seconds",
                    median(pipelineSeconds), duckSeconds, null);
            notes.add("pipeline samples (s): " + pipelineSeconds + "; hand-written Spark: " + handSeconds
                    + "; DuckDB: " + String.format("%.2f", duckSeconds));
            notes.add("pipeline: " + output.at("/counts") + ", models " + output.at("/models/succeeded"));
            notes.add(compare(output, hand, duck));
        }
        report.finish(System.out, List.of("stepline on Java " + System.getProperty("java.version") + ", Spark "
                + org.apache.spark.package$.MODULE$.SPARK_VERSION() + " local[*] on "
                + Runtime.getRuntime().availableProcessors() + " cores, one JVM, session shared; medians of " + rounds,
                "load average (1/5/15 min) before: " + loadBefore + ", after: " + Environment.loadAverage()
                + " (other work on this machine makes every figure noisier)"), notes, result);
    }

    private static SampleData sample(Path directory, long touchpoints) throws Exception {
        SampleSpec spec = SampleSpec.of(touchpoints, 42, Instant.parse(FROM), Instant.parse(END));
        Path done = directory.resolve("_done");
        if (Files.isRegularFile(done)) {
            String[] counts = Files.readString(done).trim().split(",");
            return new SampleData(directory.resolve("touchpoints.csv"), directory.resolve("conversions.csv"),
                    Long.parseLong(counts[0]), Long.parseLong(counts[1]), Long.parseLong(counts[2]),
                    Long.parseLong(counts[3]), Long.parseLong(counts[4]));
        }
        SampleData data = SampleDataGenerator.write(spec, directory);
        Files.writeString(done, data.validTouchpoints() + "," + data.duplicateRows() + "," + data.badRows() + ","
                + data.conversionRows() + "," + data.users());
        return data;
    }

    private static ExecutionResult runPipeline(Pipeline pipeline, SampleData data, Path work) throws Exception {
        ObjectNode input = (ObjectNode) Json.parse("""
                {"logicalDate": "2026-10-01", "lookbackDays": %d,
                 "dataInterval": {"start": "%s", "end": "%s"},
                 "touchpoints": {"uri": "%s", "format": "csv", "options": {"header": "true", "inferSchema": "false"}},
                 "conversions": {"uri": "%s", "format": "csv", "options": {"header": "true", "inferSchema": "false"}},
                 "workDirectory": "%s"}""".formatted(LOOKBACK, START, END, data.touchpoints(), data.conversions(),
                work.resolve("work")));
        ExecutionResult run = pipeline.run(input, new RunOptions(null, false, true));
        if (!run.succeeded()) {
            throw new IllegalStateException("the pipeline failed: " + run.error() + ": " + run.cause());
        }
        return run;
    }

    /** Largest difference of conversions credited, per channel and model, between the pipeline and each peer. */
    private static String compare(JsonNode output, Map<String, Credits> hand, Map<String, Double> duck) {
        double handDiff = 0;
        double duckDiff = 0;
        int compared = 0;
        for (JsonNode row : output.path("creditsByChannel")) {
            String channel = row.path("channel").asText();
            for (String model : MODELS.keySet()) {
                double mine = row.path(model).asDouble();
                handDiff = Math.max(handDiff, Math.abs(mine - hand.get(model).conversions(channel)));
                Double other = duck.get(model + "|" + channel);
                if (other != null) {
                    duckDiff = Math.max(duckDiff, Math.abs(mine - other));
                    compared++;
                }
            }
        }
        return String.format("same credits: largest |difference| in conversions credited per channel and model: "
                + "%.2e against the hand-written job (7 models), %.2e against DuckDB (%d first/last/linear cells)",
                handDiff, duckDiff, compared);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
