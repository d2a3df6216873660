package io.stepline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepline.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The measuring loop every runner shares (peer.mjs does the same in Node): warm up for a time
 * and a minimum count, then time {@code runs} samples of {@code repeat} calls each and print one
 * JSON line with the samples, their median, the RSS before the work and the peak RSS (VmHWM).
 */
final class Harness {

    /** One call of the workload; returns the output so the runner can check it. */
    @FunctionalInterface
    interface Workload {
        JsonNode call() throws Exception;
    }

    /**
     * {@code DEFINITION INPUT MIN_WARMUPS WARMUP_MS RUNS REPEAT}, the runners' common command line:
     * warm up for at least MIN_WARMUPS batches and WARMUP_MS, then time RUNS batches of REPEAT calls.
     */
    record Args(String spec, Path input, int minWarmups, long warmupMillis, int runs, int repeat) {
        static Args parse(String[] args) {
            if (args.length != 6) {
                throw new IllegalArgumentException("usage: DEFINITION INPUT MIN_WARMUPS WARMUP_MS RUNS REPEAT");
            }
            return new Args(args[0], Path.of(args[1]), Integer.parseInt(args[2]), Long.parseLong(args[3]),
                    Integer.parseInt(args[4]), Integer.parseInt(args[5]));
        }

        JsonNode readInput() throws IOException {
            return Json.parse(Files.readString(input));
        }
    }

    private Harness() {
    }

    /**
     * Measures a workload and prints the result line. With no warm-up and one run (memory mode)
     * the peak RSS is that of a process that ran the workload exactly once.
     */
    static void measure(String side, Args args, Workload workload) throws Exception {
        long baseRss = ProcStatus.kilobytes("VmRSS");
        JsonNode output = null;
        int warmups = 0;
        long warmupEnd = System.nanoTime() + args.warmupMillis() * 1_000_000L;
        while (warmups < args.minWarmups() || System.nanoTime() < warmupEnd) {
            output = batch(workload, args.repeat());
            warmups++;
        }
        long[] samples = new long[args.runs()];
        for (int run = 0; run < samples.length; run++) {
            long start = System.nanoTime();
            output = batch(workload, args.repeat());
            samples[run] = System.nanoTime() - start;
        }
        ObjectNode line = Json.NODES.objectNode();
        line.put("side", side);
        line.put("warmups", warmups);
        line.put("repeat", args.repeat());
        ArrayNode list = line.putArray("samples_ns");
        Arrays.stream(samples).forEach(list::add);
        line.put("median_ns", median(samples));
        line.put("base_rss_kb", baseRss);
        line.put("peak_rss_kb", ProcStatus.kilobytes("VmHWM"));
        line.put("output_chars", output == null ? -1 : Json.write(output).length());
        System.out.println(Json.write(line));
    }

    private static JsonNode batch(Workload workload, int repeat) throws Exception {
        JsonNode output = null;
        for (int i = 0; i < repeat; i++) {
            output = workload.call();
        }
        return output;
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
