package io.stepline.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
    /** How many transitions the flatness check times at each end of the longest chain. */
    private static final int PART = 1000;
    /** Below this CPU share a single-threaded workload was waiting for the CPU a noticeable part of the time. */
    private static final double STARVED = 0.85;
    private static final int EXTRA_ROUNDS = 3;

    /**
     * How much to run: the full plan, or a quick smoke run of the same workloads. Timed workloads
     * run in {@code rounds} fresh processes per side, the sides taking turns; the 100,000-item Map
     * runs one round (the Node peer needs some 10 s per Map there).
     */
    record Plan(int rounds, int chainTransitionsPerBatch, Sides.Load chain, int executions, Sides.Load executionLoad,
            int[] mapSizes, Sides.Load map, Sides.Load bigMap, int cliRuns) {
        static final Plan FULL = new Plan(3, 20_000, new Sides.Load(20, 4_000, 11), 10_000,
                new Sides.Load(5, 3_000, 11), new int[] {10_000, 100_000}, new Sides.Load(20, 3_000, 9),
                new Sides.Load(3, 3_000, 5), 5);
        static final Plan QUICK = new Plan(1, 5_000, new Sides.Load(2, 300, 3), 10_000, new Sides.Load(1, 300, 3),
                new int[] {10_000}, new Sides.Load(2, 300, 3), new Sides.Load(1, 0, 1), 2);

        Sides.Load mapLoad(int size) {
            return size >= 100_000 ? bigMap : map;
        }

        int mapRounds(int size) {
            return size >= 100_000 ? 1 : rounds;
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
        List<String> header = new ArrayList<>(Environment.describe(root, sides.jvmOptions(), bench.plan.rounds()));
        header.add("load average (1/5/15 min) before: " + loadBefore + ", after: " + Environment.loadAverage()
                + " (other work on this machine makes every figure noisier)");
        bench.finish(result, header);
    }

    /**
     * Workload 1: Pass chains of 100, 1000 and 5000 states, and the 5000 chain with mark Tasks after
     * states 1000 and 4000, taking turns in one process per side: per-transition time, and whether
     * it stays flat from the first state to the last.
     */
    private void chains() throws Exception {
        List<Path> definitions = new ArrayList<>();
        int[] repeats = new int[CHAINS.length + 1];
        for (int i = 0; i < CHAINS.length; i++) {
            definitions.add(fixtures.passChain(CHAINS[i]));
            repeats[i] = Math.max(1, plan.chainTransitionsPerBatch() / CHAINS[i]);
        }
        int longest = CHAINS[CHAINS.length - 1];
        definitions.add(fixtures.markedPassChain(longest, PART, longest - PART, longest));
        repeats[CHAINS.length] = repeats[CHAINS.length - 1];
        Map<Side, List<Measurement>> measured = all("pass_chain_100/1000/5000",
                new Sides.Job(definitions, repeats, fixtures.smallInput()), plan.chain(), plan.rounds(), true);
        noteStarved("pass_chain", measured);
        for (int i = 0; i < CHAINS.length; i++) {
            int length = CHAINS[i];
            boolean headline = length == 1000;
            compare("pass_chain_" + length, "per_transition_us", pick(measured, i), m -> m.microsPer(length),
                    headline ? Target.ratioAtMost(1) : null, headline ? Target.ratioAtMost(2) : null);
        }
        // Flat: within one execution of the 5000 chain, the last 1000 transitions take as long as
        // the first 1000 (mark Tasks time them; the same process, the same moments).
        Map<Side, Double> flatness = new EnumMap<>(Side.class);
        for (Side side : Side.values()) {
            long[] parts = measured.get(side).get(CHAINS.length).intervalNanos();
            double first = parts[0] / 1000.0 / PART;
            double last = parts[parts.length - 1] / 1000.0 / PART;
            flatness.put(side, last / first);
            notes.add(String.format("flat %s: in one execution of the marked %d chain, the first %d transitions "
                    + "took %.3f us each, the last %d %.3f us each", side.label(), longest, PART, first, PART, last));
        }
        String workload = "pass_chain_" + longest + "_last_vs_first_" + PART;
        report.add(workload + " vs node", "last_over_first_x", flatness.get(Side.STEPLINE), flatness.get(Side.NODE),
                Target.valueAtMost(1.25, "x"));
        report.add(workload + " vs camel", "last_over_first_x", flatness.get(Side.STEPLINE),
                flatness.get(Side.CAMEL), null);
        // Across chains (separate executions), the marginal cost of states 1000..5000 against that of
        // states 100..1000: fixed per-execution costs cancel; a longer route's bigger working set does not.
        for (Side side : Side.values()) {
            double t0 = measured.get(side).get(0).microsPerCall();
            double t1 = measured.get(side).get(1).microsPerCall();
            double t2 = measured.get(side).get(2).microsPerCall();
            notes.add(String.format("chains %s: marginal us/transition from %d to %d states %.3f, from %d to %d "
                    + "%.3f", side.label(), CHAINS[0], CHAINS[1], (t1 - t0) / (CHAINS[1] - CHAINS[0]), CHAINS[1],
                    CHAINS[2], (t2 - t1) / (CHAINS[2] - CHAINS[1])));
        }
    }

    /** Workload 2: many executions of a one-state machine; per-execution time. */
    private void executions() throws Exception {
        String workload = "one_state_x" + plan.executions();
        Map<Side, List<Measurement>> measured = all(workload,
                Sides.Job.of(fixtures.oneState(), plan.executions(), fixtures.smallInput()), plan.executionLoad(),
                plan.rounds(), true);
        noteStarved(workload, measured);
        compare(workload, "per_execution_us", pick(measured, 0), Measurement::microsPerCall, null, null);
    }

    /** Workload 3: inline Maps of small items; per-item time, then peak RSS of a fresh process running it once. */
    private void maps() throws Exception {
        Path definition = fixtures.inlineMap();
        for (int size : plan.mapSizes()) {
            Sides.Job job = Sides.Job.of(definition, 1, fixtures.itemsInput(size));
            String workload = "inline_map_" + size;
            Map<Side, Measurement> timed = pick(all(workload, job, plan.mapLoad(size), plan.mapRounds(size), false), 0);
            Map<Side, Measurement> memory = pick(all(workload + " (memory, one run)", job, Sides.Load.ONCE, 1, false),
                    0);
            compare(workload, "per_item_us", timed, m -> m.microsPer(size), Target.ratioAtMost(0.3), null);
            compare(workload, "peak_rss_mb", memory, Measurement::peakRssMb, Target.ratioAtMost(0.25), null);
            log.printf("[bench engine] %s (memory, one run) on stepline with %s ...%n", workload, SMALL_INITIAL_HEAP);
            Measurement small = sides.run(Side.STEPLINE, SMALL_INITIAL_HEAP, job, Sides.Load.ONCE).get(0);
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

    /**
     * Runs a job on every side, the sides taking turns round by round, and keeps, per side and
     * definition, the median round. For single-threaded workloads a round in which the process did
     * not get a core to itself (other work on the machine) counts as starved: such a side gets up to
     * {@value #EXTRA_ROUNDS} more rounds, and the median is taken over its unstarved rounds when it
     * has any. Checks that all sides produced the same output.
     */
    private Map<Side, List<Measurement>> all(String workload, Sides.Job job, Sides.Load load, int rounds,
            boolean singleThreaded) throws Exception {
        Map<Side, List<List<Measurement>>> byRound = new EnumMap<>(Side.class);
        for (int round = 1; round <= rounds; round++) {
            for (Side side : Side.values()) {
                byRound.computeIfAbsent(side, s -> new ArrayList<>()).add(round(workload, side, job, load, round));
            }
        }
        int wanted = Math.min(2, rounds);
        for (Side side : Side.values()) {
            for (int extra = 1; singleThreaded && extra <= EXTRA_ROUNDS
                    && unstarved(byRound.get(side)).size() < wanted; extra++) {
                byRound.get(side).add(round(workload, side, job, load, rounds + extra));
            }
        }
        Map<Side, List<Measurement>> measured = new EnumMap<>(Side.class);
        byRound.forEach((side, roundsOfSide) -> {
            List<List<Measurement>> usable = singleThreaded && !unstarved(roundsOfSide).isEmpty()
                    ? unstarved(roundsOfSide) : roundsOfSide;
            List<Measurement> perDefinition = new ArrayList<>();
            for (int d = 0; d < job.definitions().size(); d++) {
                int definition = d;
                perDefinition.add(Measurement.medianRound(usable.stream().map(r -> r.get(definition)).toList()));
            }
            measured.put(side, perDefinition);
        });
        for (int d = 0; d < job.definitions().size(); d++) {
            long chars = measured.get(Side.STEPLINE).get(d).outputChars();
            for (Side side : Side.values()) {
                Measurement m = measured.get(side).get(d);
                if (m.outputChars() != chars) {
                    mismatches.add(String.format("%s: %s output is %d chars of JSON, stepline's %d", m.definition(),
                            side.label(), m.outputChars(), chars));
                }
            }
        }
        return measured;
    }

    private List<Measurement> round(String workload, Side side, Sides.Job job, Sides.Load load, int round)
            throws Exception {
        log.printf("[bench engine] %s on %s (round %d) ...%n", workload, side.label(), round);
        List<Measurement> results = sides.run(side, job, load);
        for (Measurement m : results) {
            log.printf("[bench engine]   %s: median %.2f us per call (%d warm-ups, %d runs x %d), "
                    + "CPU share %.2f, peak RSS %.0f MB%n", m.definition(), m.microsPerCall(), m.warmups(),
                    m.runs(), m.repeat(), m.cpuShare(), m.peakRssMb());
        }
        return results;
    }

    private static List<List<Measurement>> unstarved(List<List<Measurement>> rounds) {
        return rounds.stream().filter(r -> r.stream().allMatch(m -> m.cpuShare() >= STARVED)).toList();
    }

    /** Flags single-threaded figures taken while other processes had the CPU (see {@link Measurement#cpuShare}). */
    private void noteStarved(String workload, Map<Side, List<Measurement>> measured) {
        measured.forEach((side, list) -> list.stream().filter(m -> m.cpuShare() < STARVED).forEach(m -> notes.add(
                String.format("%s on %s had %.0f%% of a core while timed (%s): other load inflated it", workload,
                        side.label(), 100 * m.cpuShare(), m.definition()))));
    }

    private static Map<Side, Measurement> pick(Map<Side, List<Measurement>> measured, int definition) {
        Map<Side, Measurement> picked = new EnumMap<>(Side.class);
        measured.forEach((side, list) -> picked.put(side, list.get(definition)));
        return picked;
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
