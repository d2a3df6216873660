package io.stepline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepline.engine.DurableExecutions;
import io.stepline.engine.Stepline;
import io.stepline.json.Json;
import io.stepline.runtime.ExecutionResult;
import io.stepline.store.jdbc.JdbcExecutionStore;
import io.stepline.store.jdbc.StoreSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Whether a durable transition costs the same at the end of a long history as at its start:
 * one execution of a Pass chain long enough for AWS's whole history limit (N states make
 * 2N + 2 events: 12,499 make 25,000), timed from its own history. Transition k is the exit of
 * state k; the first window is the {@code WINDOW} exits after ExecutionStarted, the last one the
 * final {@code WINDOW} exits before the execution's end, each timed by its events' timestamps
 * (epoch milliseconds, as the store keeps them). Warm-up executions of a shorter chain run
 * first, so the first window is not the JIT's. The store's writes are timed too, window by window,
 * to tell the store's part of any growth from the engine's, and a {@link DurableCommitProbe}
 * commits a raw row every 20 ms meanwhile: the database's own commit latency in the same windows.
 * Prints one JSON line.
 * Arguments: {@code h2|postgres DEFINITION WARMUP_DEFINITION INPUT WINDOW SCRATCH_DIR}.
 */
public final class DurableFlatness {
    private static final int WARMUPS = 3;
    /** How often the probe commits a row of its own while the long execution runs. */
    private static final long PROBE_MILLIS = 20;

    private DurableFlatness() {
    }

    public static void main(String[] args) throws Exception {
        DurableDatabase database = DurableDatabase.of(args[0]);
        String definition = Files.readString(Path.of(args[1]));
        String warmup = Files.readString(Path.of(args[2]));
        JsonNode input = Json.parse(Files.readString(Path.of(args[3])));
        int window = Integer.parseInt(args[4]);
        StoreSettings settings = database.fresh(Path.of(args[5]));
        ObjectNode line = Json.NODES.objectNode();
        line.put("database", database.label());
        line.put("describe", database.describe(settings));
        try (JdbcExecutionStore jdbc = JdbcExecutionStore.open(settings);
                Stepline engine = Stepline.start(Json.NODES.objectNode())) {
            DurableTimedStore store = new DurableTimedStore(jdbc);
            DurableExecutions durable = engine.durable(store);
            for (int i = 1; i <= WARMUPS; i++) {
                run(durable, "warmup", warmup, "warmup-" + i, input);
            }
            store.keepEach();
            long began = System.nanoTime();
            String arn;
            List<long[]> writes;
            try (DurableCommitProbe probe = new DurableCommitProbe(settings, PROBE_MILLIS)) {
                arn = run(durable, "long", definition, "long-1", input);
                writes = store.kept();
                var raw = line.putArray("probe_windows_us");
                for (int end = window; end < writes.size(); end += window) {
                    raw.add(probe.medianMicros(writes.get(end - window)[0], writes.get(end)[0]));
                }
                // write k follows the exit of state k: the same first and last windows as the history's
                int last = writes.size() - 1;
                line.put("probe_first_us", probe.medianMicros(writes.get(0)[0], writes.get(window)[0]));
                line.put("probe_last_us", probe.medianMicros(writes.get(last - window)[0], writes.get(last)[0]));
            }
            line.put("run_s", (System.nanoTime() - began) / 1e9);
            began = System.nanoTime();
            List<ObjectNode> history = durable.history(arn);
            line.put("history_read_s", (System.nanoTime() - began) / 1e9);
            line.put("events", history.size());
            long[] exits = exitTimes(history);
            line.put("transitions", exits.length - 1);
            line.put("window", window);
            // exits[0] is ExecutionStarted: the first window runs from it to the exit of state WINDOW
            line.put("first_ms", exits[window] - exits[0]);
            line.put("last_ms", exits[exits.length - 1] - exits[exits.length - 1 - window]);
            line.put("whole_ms", exits[exits.length - 1] - exits[0]);
            var windows = line.putArray("windows_ms");
            for (int end = window; end < exits.length; end += window) {
                windows.add(exits[end] - exits[end - window]);
            }
            // The same windows by the store's writes: write 0 starts the execution, write k follows
            // the exit of state k. Wall time between the writes that close the windows, and the
            // part of it spent inside the store.
            var wall = line.putArray("wall_windows_ms");
            var inStore = line.putArray("store_windows_ms");
            for (int end = window; end < writes.size(); end += window) {
                wall.add((writes.get(end)[0] - writes.get(end - window)[0]) / 1e6);
                long nanos = 0;
                for (int k = end - window + 1; k <= end; k++) {
                    nanos += writes.get(k)[1];
                }
                inStore.add(nanos / 1e6);
            }
        }
        System.out.println(Json.write(line));
        System.exit(0); // stops the embedded PostgreSQL through its shutdown hook
    }

    private static String run(DurableExecutions durable, String machine, String definition, String name,
            JsonNode input) throws Exception {
        DurableExecutions.Start start = durable.start(machine, definition, name, input);
        ExecutionResult result = start.execution().result().get();
        if (!result.succeeded()) {
            throw new IllegalStateException(
                    name + " " + result.status() + ": " + result.error() + " " + result.cause());
        }
        return start.record().executionArn();
    }

    /** ExecutionStarted's time, then each state exit's, in epoch milliseconds. */
    private static long[] exitTimes(List<ObjectNode> history) {
        long[] times = history.stream()
                .filter(event -> event.path("type").asText().equals("ExecutionStarted")
                        || event.path("type").asText().endsWith("StateExited"))
                .mapToLong(event -> event.path("timestamp").decimalValue().movePointRight(3).longValueExact())
                .toArray();
        if (!history.get(0).path("type").asText().equals("ExecutionStarted")) {
            throw new IllegalStateException("history does not begin with ExecutionStarted");
        }
        return times;
    }
}
