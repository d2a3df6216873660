package io.stepline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code scripts/bench durable}: what writing every transition to the store costs durable
 * (STANDARD) executions, on embedded H2 and on PostgreSQL with fsync on, against the same
 * database's raw insert-and-commit rate measured in the same run; whether a transition costs the
 * same at the end of a 25,000-event history as at its start; and what 10,000 executions parked
 * in a one-hour Wait cost a worker in heap, threads and RSS. Every measurement runs in a fresh
 * JVM, one at a time. Arguments: {@code ROOT RESULT_JSON [--quick]}; runner JVM options:
 * {@code BENCH_JVM_OPTS}.
 */
public final class DurableBench {
    /** The most a 25,000-event execution's last 1000 transitions may take against its first 1000. */
    private static final double FLAT = 1.2;
    /** Durable transitions per second against the database's raw commits per second. */
    private static final double THROUGHPUT = 0.5;
    private static final int THREAD_GROWTH = 50;

    /**
     * How much to run. Throughput: {@code rounds} processes per database, each timing
     * {@code samples} turns of (raw alone, one execution, raw on {@code concurrency} connections,
     * {@code concurrency} executions at once) after {@code warmupMillis} of a {@code warmupChain}.
     * History: {@code historyStates} Pass states (2N + 2 events), timed in windows of {@code window}
     * transitions, {@code historyRounds} processes per database. Waiting: {@code waiting}
     * executions started from {@code startThreads} threads, measured again {@code settleSeconds}
     * later (0: not), once H2 has dropped the chunks it keeps for 45 s after each commit.
     */
    record Plan(int rounds, int samples, double rawSeconds, long warmupMillis, int chain, int warmupChain,
            int concurrency, int historyStates, int window, Map<DurableDatabase, Integer> historyRounds,
            int waiting, int startThreads, int settleSeconds, boolean profile) {
        static final Plan FULL = new Plan(3, 2, 2, 3_000, 2_000, 200, 8, 12_499, 1_000,
                Map.of(DurableDatabase.H2, 3, DurableDatabase.POSTGRES, 3), 10_000, 1, 50, true);
        static final Plan QUICK = new Plan(1, 1, 1, 1_000, 500, 100, 8, 12_499, 1_000,
                Map.of(DurableDatabase.H2, 1), 2_000, 1, 0, false);
    }

    private final Plan plan;
    private final DurableRunners runners;
    private final Map<String, Path> files;
    private final Report report = new Report();
    private final List<String> notes = new ArrayList<>();
    private final Map<DurableDatabase, String> databases = new LinkedHashMap<>();

    private DurableBench(Plan plan, DurableRunners runners, Map<String, Path> files) {
        this.plan = plan;
        this.runners = runners;
        this.files = files;
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]).toAbsolutePath();
        Path result = Path.of(args[1]);
        Plan plan = Arrays.asList(args).contains("--quick") ? Plan.QUICK : Plan.FULL;
        String jvmOptions = System.getenv().getOrDefault("BENCH_JVM_OPTS", EngineBench.DEFAULT_JVM_OPTIONS);
        Path work = root.resolve("target/bench/durable");
        EngineFixtures chains = new EngineFixtures(work);
        DurableFixtures waits = new DurableFixtures(work);
        Map<String, Path> files = Map.of("chain", chains.passChain(plan.chain()),
                "warmupChain", chains.passChain(plan.warmupChain()), "history", chains.passChain(plan.historyStates()),
                "input", chains.smallInput(), "hour", waits.waitThenPass(3600), "second", waits.waitThenPass(1));
        DurableBench bench = new DurableBench(plan,
                new DurableRunners(root, work, List.of(jvmOptions.trim().split("\\s+"))), files);
        String loadBefore = Environment.loadAverage();
        bench.throughput();
        bench.history();
        bench.waiting();
        List<String> header = new ArrayList<>();
        header.add("stepline " + gitRevision(root) + " on Java " + System.getProperty("java.version")
                + ", runners with " + String.join(" ", bench.runners.jvmOptions()));
        header.add("machine: " + Runtime.getRuntime().availableProcessors() + " cores; each measurement in a fresh"
                + " JVM, one at a time; throughput is the median of " + plan.samples() + " sample(s) per process,"
                + " then of " + plan.rounds() + " process(es) per database");
        bench.databases.forEach((database, text) -> header.add(database.label() + " = " + text));
        header.add("load average (1/5/15 min) before: " + loadBefore + ", after: " + Environment.loadAverage()
                + " (other work on this machine makes every figure noisier)");
        bench.finish(result, header);
    }

    /** Persisted transitions per second, alone and at once, against raw commits, per database. */
    private void throughput() throws Exception {
        Map<DurableDatabase, List<JsonNode>> measured = new LinkedHashMap<>();
        for (int round = 1; round <= plan.rounds(); round++) {
            for (DurableDatabase database : DurableDatabase.values()) {
                measured.computeIfAbsent(database, d -> new ArrayList<>())
                        .add(throughputRun(database, "round " + round, plan.samples(), false));
            }
        }
        int x = plan.concurrency();
        measured.forEach((database, runs) -> {
            String chain = database.label() + "_chain_" + plan.chain();
            report.add(chain + "_x1 vs raw_commit_x1", "transitions_per_s", median(runs, "stepline_single"),
                    median(runs, "raw_single"), Target.ratioAtLeast(THROUGHPUT));
            report.add(chain + "_x" + x + " vs raw_commit_x" + x, "transitions_per_s",
                    median(runs, "stepline_concurrent"), median(runs, "raw_concurrent"),
                    Target.ratioAtLeast(THROUGHPUT));
            for (String kind : List.of("stepline_single", "stepline_concurrent")) {
                notes.add(String.format("%s %s: %.0f%% of the wall time inside store writes (summed over executions),"
                        + " %.4f writes per transition, %.2f cores of JVM CPU", database.label(), kind,
                        100 * median(runs, kind, "store_share"), median(runs, kind, "writes_per_transition"),
                        median(runs, kind, "cpu_cores")));
            }
        });
        if (plan.profile()) {
            for (DurableDatabase database : DurableDatabase.values()) {
                JsonNode profiled = throughputRun(database, "profiled (every JDBC call timed)", 1, true);
                notes.add(DurableProfile.describe(database.label(), profiled));
            }
        }
    }

    private JsonNode throughputRun(DurableDatabase database, String what, int samples, boolean profile)
            throws Exception {
        JsonNode line = runners.run(database.label() + " throughput, " + what, DurableThroughput.class, List.of(
                database.label(), file("chain"), file("warmupChain"), file("input"),
                Integer.toString(plan.concurrency()), Integer.toString(samples), Double.toString(plan.rawSeconds()),
                Long.toString(plan.warmupMillis()), profile ? "profile" : "-"));
        databases.putIfAbsent(database, line.path("describe").asText());
        return line;
    }

    /** The last 1000 transitions of a 25,000-event execution against its first 1000, per database. */
    private void history() throws Exception {
        for (DurableDatabase database : DurableDatabase.values()) {
            int rounds = plan.historyRounds().getOrDefault(database, 0);
            List<JsonNode> runs = new ArrayList<>();
            for (int round = 1; round <= rounds; round++) {
                runs.add(runners.run(database.label() + " history of " + (2 * plan.historyStates() + 2)
                        + " events, round " + round, DurableFlatness.class, List.of(database.label(), file("history"),
                        file("chain"), file("input"), Integer.toString(plan.window()))));
            }
            if (runs.isEmpty()) {
                continue;
            }
            // the round whose last/first ratio is the median one (the lower middle for an even count)
            JsonNode middle = runs.stream().sorted(Comparator.comparingDouble(DurableBench::lastOverFirst)).toList()
                    .get((runs.size() - 1) / 2);
            int window = middle.path("window").asInt();
            String workload = database.label() + "_history_" + middle.path("events").asInt() + "_events last_" + window
                    + " vs first_" + window;
            double last = middle.path("last_ms").asDouble() * 1000 / window;
            double first = middle.path("first_ms").asDouble() * 1000 / window;
            report.add(workload, "us_per_transition", last, first, Target.ratioAtMost(FLAT));
            // the same, each window's figure divided by the database's own commit latency meanwhile
            report.add(workload + " (information)", "in_raw_commits", last / middle.path("probe_last_us").asDouble(),
                    first / middle.path("probe_first_us").asDouble(), null);
            for (JsonNode run : runs) {
                notes.add(String.format("%s history: %d events (%d transitions) in %.1f s, %.0f us per transition on"
                        + " average; first %d took %d ms, last %d took %d ms (ratio %.2f); each %d in turn (ms): %s,"
                        + " of which inside store writes %s; a raw commit meanwhile took (median us) %s, %.0f in the"
                        + " first window, %.0f in the last; reading the history back took %.2f s", database.label(),
                        run.path("events").asInt(), run.path("transitions").asInt(), run.path("run_s").asDouble(),
                        run.path("whole_ms").asDouble() * 1000 / run.path("transitions").asInt(), window,
                        run.path("first_ms").asLong(), window, run.path("last_ms").asLong(), lastOverFirst(run),
                        window, run.path("windows_ms"), rounded(run.path("store_windows_ms")),
                        rounded(run.path("probe_windows_us")), run.path("probe_first_us").asDouble(),
                        run.path("probe_last_us").asDouble(), run.path("history_read_s").asDouble()));
            }
        }
    }

    private static List<Long> rounded(JsonNode numbers) {
        List<Long> list = new ArrayList<>();
        numbers.forEach(number -> list.add(Math.round(number.asDouble())));
        return list;
    }

    private static double lastOverFirst(JsonNode run) {
        return run.path("last_ms").asDouble() / run.path("first_ms").asDouble();
    }

    /** Executions parked in a one-hour Wait: heap, threads and RSS against before they started. */
    private void waiting() throws Exception {
        int count = plan.waiting();
        JsonNode run = runners.run("h2 " + count + " executions waiting an hour", DurableWaiting.class,
                List.of("h2", file("hour"), file("second"), file("input"), Integer.toString(count),
                        Integer.toString(plan.startThreads()), Integer.toString(plan.settleSeconds())));
        JsonNode before = run.path("before");
        JsonNode after = run.path("after");
        JsonNode settled = run.path("settled");
        JsonNode last = settled.isMissingNode() ? after : settled;
        long parked = run.path("live").asLong();
        String workload = "h2_waiting_" + count;
        double mb = 1024 * 1024;
        double heapBefore = before.path("heap_used_bytes").asDouble();
        report.add(workload + " parked vs started", "executions", parked, count, Target.ratioAtLeast(1));
        report.add(workload + " just started vs before", "heap_after_gc_mb", after.path("heap_used_bytes").asDouble()
                / mb, heapBefore / mb, null);
        if (!settled.isMissingNode()) {
            report.add(workload + " settled vs before", "heap_after_gc_mb",
                    settled.path("heap_used_bytes").asDouble() / mb, heapBefore / mb, null);
        }
        report.add(workload + (settled.isMissingNode() ? " just started" : " settled") + ", per parked execution",
                "heap_bytes",
                parked == 0 ? Double.NaN : (last.path("heap_used_bytes").asDouble() - heapBefore) / parked,
                Double.NaN, null);
        report.add(workload + " just started vs before", "live_threads", after.path("threads").asDouble(),
                before.path("threads").asDouble(), Target.growthBelow(THREAD_GROWTH));
        report.add(workload + " vs before", "peak_rss_mb", last.path("peak_rss_kb").asDouble() / 1024,
                before.path("rss_kb").asDouble() / 1024, null);
        report.add(workload + " start (information)", "seconds", run.path("start_s").asDouble(), Double.NaN, null);
        notes.add(String.format("waiting: %d starts from %d thread(s) took %.1f s (%.0f starts/s); afterwards the"
                + " engine held %d as live, the store had %d paths WAITING and executions by status %s",
                count, plan.startThreads(), run.path("start_s").asDouble(), count / run.path("start_s").asDouble(),
                parked, run.path("waiting_paths").asLong(), run.path("statuses")));
        if (!run.path("a_failure").asText().isEmpty()) {
            notes.add("waiting: the first failed execution ended with " + run.path("a_failure").asText());
        }
        notes.add(String.format("waiting: heap after GC %.1f MB before, %.1f MB just after the starts%s; H2's page"
                + " cache (in the heap) %d MB before, %d MB at the end; RSS %.0f MB before, %.0f MB at the end;"
                + " threads %d before, %d just after, %d at the end", heapBefore / mb,
                after.path("heap_used_bytes").asDouble() / mb, settled.isMissingNode() ? ""
                        : String.format(", %.1f MB %d s later (H2 had dropped the chunks it keeps 45 s)",
                                settled.path("heap_used_bytes").asDouble() / mb, plan.settleSeconds()),
                before.path("h2_cache_mb").asLong(), last.path("h2_cache_mb").asLong(),
                before.path("rss_kb").asDouble() / 1024, last.path("rss_kb").asDouble() / 1024,
                before.path("threads").asInt(), after.path("threads").asInt(), last.path("threads").asInt()));
        StringBuilder growth = new StringBuilder("waiting: heap growth by class from before to the end (live objects"
                + " after a full GC):");
        for (JsonNode row : run.path("heap_growth_by_class")) {
            growth.append(String.format(" %s %+d B (%+d);", row.path("class").asText(), row.path("bytes").asLong(),
                    row.path("instances").asLong()));
        }
        notes.add(growth.toString());
    }

    private String file(String name) {
        return files.get(name).toString();
    }

    /** The median over processes of each process's median sample of {@code workload} (numbers, or {@code rate}). */
    private static double median(List<JsonNode> runs, String workload) {
        return median(runs, workload, "rate");
    }

    private static double median(List<JsonNode> runs, String workload, String field) {
        double[] perRun = new double[runs.size()];
        for (int i = 0; i < perRun.length; i++) {
            JsonNode samples = runs.get(i).path(workload);
            double[] values = new double[samples.size()];
            for (int s = 0; s < values.length; s++) {
                JsonNode sample = samples.get(s);
                values[s] = sample.isNumber() ? sample.asDouble() : sample.path(field).asDouble();
            }
            perRun[i] = median(values);
        }
        return median(perRun);
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private void finish(Path result, List<String> header) throws Exception {
        PrintStream out = System.out;
        out.println();
        header.forEach(out::println);
        out.println();
        report.print(out);
        out.println();
        notes.forEach(note -> out.println("note: " + note));
        report.writeJson(result);
        out.println("results: " + result);
        long misses = report.rows().stream().filter(r -> r.verdict().equals("MISS")).count();
        out.println(misses == 0 ? "all targets met" : misses + " target(s) missed (reported, not a failure)");
    }

    private static String gitRevision(Path root) throws Exception {
        Process git = new ProcessBuilder("git", "rev-parse", "--short", "HEAD").directory(root.toFile())
                .redirectErrorStream(true).start();
        String text = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        return git.waitFor() == 0 ? text : "?";
    }
}
