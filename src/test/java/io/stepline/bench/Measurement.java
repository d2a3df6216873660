package io.stepline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Comparator;
import java.util.List;

/** One runner process's result line (see {@link Harness}): sample times and memory. */
record Measurement(Side side, String definition, long medianNanos, long totalNanos, long cpuNanos, int repeat,
        int runs, int warmups, long baseRssKb, long peakRssKb, long outputChars, long[] intervalNanos) {

    static Measurement of(Side side, JsonNode line) {
        long total = 0;
        for (JsonNode sample : line.get("samples_ns")) {
            total += sample.asLong();
        }
        JsonNode intervals = line.path("interval_ns");
        long[] intervalNanos = new long[intervals.size()];
        for (int i = 0; i < intervalNanos.length; i++) {
            intervalNanos[i] = intervals.get(i).asLong();
        }
        return new Measurement(side, line.get("definition").asText(), line.get("median_ns").asLong(), total,
                line.get("cpu_ns").asLong(), line.get("repeat").asInt(),
                line.get("samples_ns").size(), line.get("warmups").asInt(), line.get("base_rss_kb").asLong(),
                line.get("peak_rss_kb").asLong(), line.get("output_chars").asLong(), intervalNanos);
    }

    /**
     * The round whose median time is the median of the rounds' (the lower middle one for an even
     * count): a fresh process per round, so one slow window on a shared machine moves nothing.
     */
    static Measurement medianRound(List<Measurement> rounds) {
        List<Measurement> sorted = rounds.stream().sorted(Comparator.comparingLong(Measurement::medianNanos)).toList();
        return sorted.get((sorted.size() - 1) / 2);
    }

    /** The median time of one call (one execution), in microseconds. */
    double microsPerCall() {
        return medianNanos / 1000.0 / repeat;
    }

    /** The median time of one call divided by the units of work it did (transitions, items). */
    double microsPer(int units) {
        return microsPerCall() / units;
    }

    /**
     * CPU time the process used per second of timed wall time. A single-threaded workload that had
     * a core to itself shows about 1 (a little more with GC and JIT threads); well under 1 means
     * other processes on the machine took its CPU, and its times are inflated.
     */
    double cpuShare() {
        return totalNanos == 0 ? Double.NaN : (double) cpuNanos / totalNanos;
    }

    double peakRssMb() {
        return peakRssKb / 1024.0;
    }
}
