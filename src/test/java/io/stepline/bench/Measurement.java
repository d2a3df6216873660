package io.stepline.bench;

import com.fasterxml.jackson.databind.JsonNode;

/** One runner process's result line (see {@link Harness}): sample times and memory. */
record Measurement(Side side, long medianNanos, int repeat, int runs, int warmups, long baseRssKb, long peakRssKb,
        long outputChars) {

    static Measurement of(Side side, JsonNode line) {
        return new Measurement(side, line.get("median_ns").asLong(), line.get("repeat").asInt(),
                line.get("samples_ns").size(), line.get("warmups").asInt(), line.get("base_rss_kb").asLong(),
                line.get("peak_rss_kb").asLong(), line.get("output_chars").asLong());
    }

    /** The median time of one call (one execution), in microseconds. */
    double microsPerCall() {
        return medianNanos / 1000.0 / repeat;
    }

    /** The median time of one call divided by the units of work it did (transitions, items). */
    double microsPer(int units) {
        return microsPerCall() / units;
    }

    double peakRssMb() {
        return peakRssKb / 1024.0;
    }
}
