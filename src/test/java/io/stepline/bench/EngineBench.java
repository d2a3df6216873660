package io.stepline.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;

/**
 * {@code scripts/bench engine}: Stepline against aws-local-stepfunctions (Node) and the raw Camel
 * floor on the same workloads in the same run, each side in a fresh process, one at a time.
 * Arguments: {@code ROOT RESULT_JSON [--quick]}. JVM options of the runners: {@code BENCH_JVM_OPTS}.
 */
public final class EngineBench {
    static final String DEFAULT_JVM_OPTIONS = "-XX:+UseSerialGC -Xmx1g";
    /** A JVM that starts with a small heap and grows it on demand; shown beside the defaults for memory. */
    static final List<String> SMALL_INITIAL_HEAP = List.of("-Xms16m");
    private static final int[] CHAINS = {100, 1000, 5000};

    /** How much to run: the full plan, or a quick smoke run of the same workloads. */
    record Plan(int chainTransitionsPerBatch, Sides.Load chain, Sides.Load executions, int[] mapSizes,
            Sides.Load map, Sides.Load bigMap, int cliRuns) {
        static final Plan FULL = new Plan(20_000, new Sides.Load(20, 5_000, 11, 0),
                new Sides.Load(5, 5_000, 11, 10_000), new int[] {10_000, 100_000}, new Sides.Load(20, 5_000, 9, 1),
                new Sides.Load(3, 0, 5, 1), 5);
        static final Plan QUICK = new Plan(5_000, new Sides.Load(2, 300, 3, 0), new Sides.Load(1, 300, 3, 10_000),
                new int[] {10_000}, new Sides.Load(2, 300, 3, 1), new Sides.Load(1, 0, 1, 1), 2);

        Sides.Load mapLoad(int size) {
            return size >= 100_000 ? bigMap : map;
        }
    }

    private final Plan plan;
    private final Sides sides;
    private final EngineFixtures fixtures;
    private final CliTiming cli;
    private final Report report = new Report();
    private final List<String> notes = new ArrayList<>();
    private final List<String> mismatches = new ArrayList<>();
    private final PrintStream log = System.err;

    private EngineBench(Plan plan, Sides sides, EngineFixtures fixtures, CliTiming cli) {
        this.plan = plan;
        this.sides = sides;
        this.fixtures = fixtures;
        this.cli = cli;
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]).toAbsolutePath();
        Path result = Path.of(args[1]);
        boolean quick = Arrays.asList(args).contains("--quick");
        String jvmOptions = System.getenv().getOrDefault("BENCH_JVM_OPTS", DEFAULT_JVM_OPTIONS);
        Sides sides = new Sides(root, List.of(jvmOptions.trim().split("\\s+")));
        EngineBench bench = new EngineBench(quick ? Plan.QUICK : Plan.FULL, sides,
                new EngineFixtures(root.resolve("target/bench/engine")), new CliTiming(root));
        String loadBefore = Environment.loadAverage();
        bench.chains();
        bench.executions();
        bench.maps();
        bench.launcher();
        List<String> header = new ArrayList<>(Environment.describe(root, sides.jvmOptions()));
        header.add("load average (1/5/15 min) before: " + loadBefore + ", after: " + Environment.loadAverage()
                + " (other work on this machine makes every figure noisier)");
        bench.finish(result, header);
    }

    /** Workload 1: Pass chains; per-transition time, and whether it stays flat along the chain. */
    private void chains() throws Exception {
        Map<Integer, Map<Side, Measurement>> byLength = new TreeMap<>();
        for (int length : CHAINS) {
            int repeat = Math.max(1, plan.chainTransitionsPerBatch() / length);
            Sides.Load load = new Sides.Load(plan.chain().minWarmups(), plan.chain().warmupMillis(),
                    plan.chain().runs(), repeat);
            byLength.put(length, all("pass_chain_" + length, fixtures.passChain(length), fixtures.smallInput(), load));
        }
        for (var entry : byLength.entrySet()) {
            int length = entry.getKey();
            boolean headline = length == 1000;
            compare("pass_chain_" + length, "per_transition_us", entry.getValue(), m -> m.microsPer(length),
                    headline ? Target.ratioAtMost(1) : null, headline ? Target.ratioAtMost(2) : null);
        }
        // Flat means a transition late in a chain costs what one early does: compare the marginal
        // cost of states 1000..5000 with that of states 100..1000 (fixed per-execution costs cancel).
        Map<Side, Double> flatness = new EnumMap<>(Side.class);
        for (Side side : Side.values()) {
            double t0 = byLength.get(CHAINS[0]).get(side).microsPerCall();
            double t1 = byLength.get(CHAINS[1]).get(side).microsPerCall();
            double t2 = byLength.get(CHAINS[2]).get(side).microsPerCall();
            double early = (t1 - t0) / (CHAINS[1] - CHAINS[0]);
            double late = (t2 - t1) / (CHAINS[2] - CHAINS[1]);
            flatness.put(side, late / early);
            notes.add(String.format("flatness %s: marginal us/transition over states %d-%d = %.3f, over states "
                    + "%d-%d = %.3f", side.label(), CHAINS[0], CHAINS[1], early, CHAINS[1], CHAINS[2], late));
        }
        String workload = "pass_chain_flatness";
        report.add(workload + " vs node", "late_over_early_cost_x", flatness.get(Side.STEPLINE),
                flatness.get(Side.NODE), Target.valueAtMost(1.25, "x"));
        report.add(workload + " vs camel", "late_over_early_cost_x", flatness.get(Side.STEPLINE),
                flatness.get(Side.CAMEL), null);
    }

    /** Workload 2: many executions of a one-state machine; per-execution time. */
    private void executions() throws Exception {
        String workload = "one_state_x" + plan.executions().repeat();
        Map<Side, Measurement> measured = all(workload, fixtures.oneState(), fixtures.smallInput(),
                plan.executions());
        compare(workload, "per_execution_us", measured, Measurement::microsPerCall, null, null);
    }

    /** Workload 3: inline Maps of small items; per-item time, then peak RSS of a fresh process running it once. */
    private void maps() throws Exception {
        Path definition = fixtures.inlineMap();
        for (int size : plan.mapSizes()) {
            Path input = fixtures.itemsInput(size);
            String workload = "inline_map_" + size;
            Map<Side, Measurement> timed = all(workload, definition, input, plan.mapLoad(size));
            Map<Side, Measurement> memory = all(workload + " (memory, one run)", definition, input, Sides.Load.ONCE);
            compare(workload, "per_item_us", timed, m -> m.microsPer(size), Target.ratioAtMost(0.3), null);
            compare(workload, "peak_rss_mb", memory, Measurement::peakRssMb, Target.ratioAtMost(0.25), null);
            log.printf("[bench engine] %s (memory, one run) on stepline with %s ...%n", workload, SMALL_INITIAL_HEAP);
            Measurement small = sides.run(Side.STEPLINE, SMALL_INITIAL_HEAP, definition, input, Sides.Load.ONCE);
            report.add(workload + " -Xms16m vs node", "peak_rss_mb", small.peakRssMb(),
                    memory.get(Side.NODE).peakRssMb(), null);
            for (Measurement m : memory.values()) {
                notes.add(String.format("%s %s: RSS %.0f MB before the run (runtime loaded, input parsed), "
                        + "peak %.0f MB", workload, m.side().label(), m.baseRssKb() / 1024.0, m.peakRssMb()));
            }
            notes.add(String.format("%s stepline with -Xms16m: RSS %.0f MB before the run, peak %.0f MB", workload,
                    small.baseRssKb() / 1024.0, small.peakRssMb()));
        }
    }

    /** The launcher's wall time on a 100-state file (validate, or --help until validate exists). */
    private void launcher() throws Exception {
        Path definition = fixtures.validateHundred();
        log.println("[bench engine] timing scripts/stepline ...");
        CliTiming.Result timed = cli.time(definition, 1, plan.cliRuns());
        String workload = timed.validate() ? "cli_validate_100_states" : "cli_help_no_validate_yet";
        report.add(workload + " vs limit", "wall_ms", timed.medianMillis(), 1000, Target.valueAtMost(1000, " ms"));
        notes.add("launcher: timed `" + timed.command() + "` (process start to exit, median of " + plan.cliRuns()
                + ")" + (timed.validate() ? "" : "; this build has no `stepline validate` yet, so --help stands in"));
    }

    private Map<Side, Measurement> all(String workload, Path definition, Path input, Sides.Load load)
            throws Exception {
        Map<Side, Measurement> measured = new EnumMap<>(Side.class);
        for (Side side : Side.values()) {
            log.printf("[bench engine] %s on %s ...%n", workload, side.label());
            Measurement m = sides.run(side, definition, input, load);
            log.printf("[bench engine]   median %.1f us per call (%d warm-ups, %d runs x %d), peak RSS %.0f MB%n",
                    m.microsPerCall(), m.warmups(), m.runs(), m.repeat(), m.peakRssMb());
            measured.put(side, m);
        }
        long chars = measured.get(Side.STEPLINE).outputChars();
        measured.values().stream().filter(m -> m.outputChars() != chars).forEach(m -> mismatches.add(String.format(
                "%s: %s output is %d chars of JSON, stepline's %d", workload, m.side().label(), m.outputChars(),
                chars)));
        return measured;
    }

    private void compare(String workload, String metric, Map<Side, Measurement> measured,
            ToDoubleFunction<Measurement> value, Target versusNode, Target versusCamel) {
        double stepline = value.applyAsDouble(measured.get(Side.STEPLINE));
        report.add(workload + " vs node", metric, stepline, value.applyAsDouble(measured.get(Side.NODE)), versusNode);
        report.add(workload + " vs camel", metric, stepline, value.applyAsDouble(measured.get(Side.CAMEL)),
                versusCamel);
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
        if (!mismatches.isEmpty()) {
            mismatches.forEach(m -> out.println("ERROR: sides did different work: " + m));
            System.exit(1);
        }
        long misses = report.rows().stream().filter(r -> r.verdict().equals("MISS")).count();
        out.println(misses == 0 ? "all targets met" : misses + " target(s) missed (reported, not a failure)");
    }
}
