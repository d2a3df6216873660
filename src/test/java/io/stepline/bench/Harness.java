package io.stepline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepline.json.Json;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The measuring loop every runner shares (peer.mjs does the same in Node). A runner may get
 * several definitions: they take turns batch by batch, so they share the process's time windows
 * and compare well with one another even when other work on the machine comes and goes.
 * It warms up for a time and a minimum count, times {@code runs} batches of {@code repeat} calls
 * per definition, and prints one JSON line per definition: samples, median, the median intervals
 * between {@link Marks} when the definition has mark states, RSS before the work,
 * peak RSS (VmHWM, the whole process's) and the process's CPU time over the timed samples, which
 * tells whether other work on the machine took the CPU away meanwhile (see {@link Measurement#cpuShare}).
 */
final class Harness {

    /** One call of a workload; returns the output so the runner can check it. */
    @FunctionalInterface
    interface Workload {
        JsonNode call() throws Exception;
    }

    /**
     * {@code DEFINITION[,DEFINITION...] INPUT MIN_WARMUPS WARMUP_MS RUNS REPEAT[,REPEAT...]}, the
     * runners' common command line: warm up for at least MIN_WARMUPS rounds and WARMUP_MS, then time
     * RUNS batches of REPEAT calls of each definition (one REPEAT serves them all).
     */
    record Args(List<Path> definitions, Path input, int minWarmups, long warmupMillis, int runs, int[] repeats) {
        static Args parse(String[] args) {
            if (args.length != 6) {
                throw new IllegalArgumentException(
                        "usage: DEFINITION[,DEFINITION...] INPUT MIN_WARMUPS WARMUP_MS RUNS REPEAT[,REPEAT...]");
            }
            List<Path> definitions = Arrays.stream(args[0].split(",")).map(Path::of).toList();
            int[] repeats = Arrays.stream(args[5].split(",")).mapToInt(Integer::parseInt).toArray();
            if (repeats.length != 1 && repeats.length != definitions.size()) {
                throw new IllegalArgumentException("give one REPEAT, or one per definition");
            }
            return new Args(definitions, Path.of(args[1]), Integer.parseInt(args[2]), Long.parseLong(args[3]),
                    Integer.parseInt(args[4]), repeats);
        }

        int repeat(int definition) {
            return repeats[repeats.length == 1 ? 0 : definition];
        }

        JsonNode readInput() throws IOException {
            return Json.parse(Files.readString(input));
        }
    }

    private Harness() {
    }

    /**
     * Measures the workloads (one per definition, in order) and prints their result lines. With no
     * warm-up and one run (memory mode) the peak RSS is that of a process that ran them once.
     */
    static void measure(String side, Args args, List<Workload> workloads, List<Marks> marks) throws Exception {
        long baseRss = ProcStatus.kilobytes("VmRSS");
        int count = workloads.size();
        JsonNode[] outputs = new JsonNode[count];
        int warmups = 0;
        long warmupEnd = System.nanoTime() + args.warmupMillis() * 1_000_000L;
        while (warmups < args.minWarmups() || System.nanoTime() < warmupEnd) {
            for (int w = 0; w < count; w++) {
                outputs[w] = batch(workloads.get(w), args.repeat(w), null);
            }
            warmups++;
        }
        long[][] samples = new long[count][args.runs()];
        long[] cpu = new long[count];
        for (int run = 0; run < args.runs(); run++) {
            for (int w = 0; w < count; w++) {
                long cpuStart = processCpuNanos();
                long start = System.nanoTime();
                outputs[w] = batch(workloads.get(w), args.repeat(w), marks.get(w));
                samples[w][run] = System.nanoTime() - start;
                cpu[w] += processCpuNanos() - cpuStart;
            }
        }
        long peakRss = ProcStatus.kilobytes("VmHWM");
        for (int w = 0; w < count; w++) {
            ObjectNode line = Json.NODES.objectNode();
            line.put("side", side);
            line.put("definition", args.definitions().get(w).getFileName().toString());
            line.put("warmups", warmups);
            line.put("repeat", args.repeat(w));
            ArrayNode list = line.putArray("samples_ns");
            Arrays.stream(samples[w]).forEach(list::add);
            line.put("median_ns", median(samples[w]));
            line.put("cpu_ns", cpu[w]);
            line.put("base_rss_kb", baseRss);
            line.put("peak_rss_kb", peakRss);
            line.put("output_chars", outputs[w] == null ? -1 : Json.write(outputs[w]).length());
            ArrayNode intervals = line.putArray("interval_ns");
            Arrays.stream(marks.get(w).medians()).forEach(intervals::add);
            System.out.println(Json.write(line));
        }
    }

    /** Calls a workload {@code repeat} times; with marks, keeps the intervals of each call. */
    private static JsonNode batch(Workload workload, int repeat, Marks marks) throws Exception {
        JsonNode output = null;
        for (int i = 0; i < repeat; i++) {
            if (marks != null) {
                marks.begin();
            }
            output = workload.call();
            if (marks != null) {
                marks.end();
            }
        }
        return output;
    }

    /** CPU time of the whole process (every thread: the workload's, GC, JIT), in nanoseconds. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    static long median(long[] samples) {
        long[] sorted = samples.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /** Reads this process's /proc/self/status (Linux): VmRSS now, VmHWM the peak so far. */
    static final class ProcStatus {
        private ProcStatus() {
        }

        static long kilobytes(String field) throws IOException {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(line.substring(field.length() + 1).replace("kB", "").trim());
                }
            }
            return -1;
        }
    }
}
