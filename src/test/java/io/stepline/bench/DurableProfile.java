package io.stepline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns a profiled throughput run (see {@link DurableStatementTimer}) into one line of the
 * report: per transition, the JDBC calls that took the time, against the raw floor's one insert
 * and commit.
 */
final class DurableProfile {
    /** Calls below this share of a transition's time are summed into "other". */
    private static final double SMALL = 0.03;

    private DurableProfile() {
    }

    static String describe(String database, JsonNode run) {
        StringBuilder text = new StringBuilder("profile " + database + " (every JDBC call timed; the proxies add a"
                + " little):");
        JsonNode raw = run.path("raw_profile");
        raw.properties().forEach(call -> {
            if (call.getKey().startsWith("execute")) {
                text.append(String.format(" raw insert+commit %.0f us;", call.getValue().path("us_each").asDouble()));
            }
        });
        for (String kind : List.of("stepline_single", "stepline_concurrent")) {
            JsonNode sample = run.path(kind).path(0);
            double rate = sample.path("rate").asDouble();
            text.append(String.format(" %s %.0f transitions/s = %.0f us of wall time per transition%s:", kind, rate,
                    1e6 / rate, kind.equals("stepline_single") ? "" : " (each thread's transition takes "
                            + Math.round(run.path("concurrency").asInt() * 1e6 / rate) + " us)"));
            text.append(calls(sample.path("profile")));
        }
        return text.toString();
    }

    /** "commit 530 us, executeBatch INSERT INTO events 107 us, ..., other 12 us" per transition. */
    private static String calls(JsonNode profile) {
        List<Map.Entry<String, Double>> perTransition = new ArrayList<>();
        double total = 0;
        for (Map.Entry<String, JsonNode> call : profile.properties()) {
            JsonNode counted = call.getValue();
            double micros = counted.path("per_transition").asDouble() * counted.path("us_each").asDouble();
            perTransition.add(Map.entry(call.getKey(), micros));
            total += micros;
        }
        perTransition.sort((a, b) -> Double.compare(b.getValue(), a.getValue()));
        StringBuilder text = new StringBuilder();
        double other = 0;
        for (Map.Entry<String, Double> call : perTransition) {
            if (call.getValue() < SMALL * total) {
                other += call.getValue();
            } else {
                text.append(String.format(" %s %.0f us,", call.getKey(), call.getValue()));
            }
        }
        return text.append(String.format(" other calls %.0f us (JDBC total %.0f us);", other, total)).toString();
    }
}
