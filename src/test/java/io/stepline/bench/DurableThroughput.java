package io.stepline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepline.engine.DurableExecutions;
import io.stepline.engine.Stepline;
import io.stepline.json.Json;
import io.stepline.runtime.ExecutionResult;
import io.stepline.store.jdbc.JdbcExecutionStore;
import io.stepline.store.jdbc.StoreSettings;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Persisted transitions per second of durable executions against the same database's raw
 * insert-and-commit rate, in one process: one execution of a Pass chain alone (each state exit
 * is one committed transaction before the next state starts), then {@code CONCURRENCY}
 * executions of it at once, each from its own thread (what a worker running many executions
 * sees), against the raw floor on one connection and on {@code CONCURRENCY} connections.
 * The four take turns sample by sample after a warm-up (a shorter chain, alone and at once,
 * and the raw floor, for at least {@code WARMUP_MS}); prints one JSON line with the samples.
 * Arguments: {@code h2|postgres DEFINITION WARMUP_DEFINITION INPUT CONCURRENCY SAMPLES RAW_SECONDS WARMUP_MS
 * profile|- SCRATCH_DIR}; with {@code profile} every JDBC call is timed ({@link DurableStatementTimer}) and
 * each sample says where its time went (the proxies cost a little: not for the headline figures).
 */
public final class DurableThroughput {
    private final DurableExecutions durable;
    private final DurableTimedStore store;
    private final String definition;
    private final JsonNode input;
    private final int states;
    private final DurableStatementTimer timer;
    private int executions;

    private DurableThroughput(DurableExecutions durable, DurableTimedStore store, String definition, JsonNode input,
            DurableStatementTimer timer) throws IOException {
        this.durable = durable;
        this.store = store;
        this.definition = definition;
        this.input = input;
        this.states = Json.parse(definition).path("States").size();
        this.timer = timer;
    }

    public static void main(String[] args) throws Exception {
        DurableDatabase database = DurableDatabase.of(args[0]);
        String definition = Files.readString(Path.of(args[1]));
        String warmupDefinition = Files.readString(Path.of(args[2]));
        JsonNode input = Json.parse(Files.readString(Path.of(args[3])));
        int concurrency = Integer.parseInt(args[4]);
        int samples = Integer.parseInt(args[5]);
        double rawSeconds = Double.parseDouble(args[6]);
        long warmupMillis = Long.parseLong(args[7]);
        boolean profile = args[8].equals("profile");
        StoreSettings settings = database.fresh(Path.of(args[args.length - 1]));
        DurableStatementTimer timer = profile ? DurableStatementTimer.install(settings.url()) : null;
        ObjectNode line = Json.NODES.objectNode();
        line.put("database", database.label());
        line.put("describe", database.describe(settings));
        try (JdbcExecutionStore jdbc = JdbcExecutionStore.open(settings);
                DurableRawCommits raw = new DurableRawCommits(settings, concurrency);
                Stepline engine = Stepline.start(Json.NODES.objectNode())) {
            DurableTimedStore timed = new DurableTimedStore(jdbc);
            DurableExecutions durable = engine.durable(timed);
            DurableThroughput bench = new DurableThroughput(durable, timed, definition, input, timer);
            DurableThroughput warmup = new DurableThroughput(durable, timed, warmupDefinition, input, null);
            line.put("states", bench.states);
            line.put("concurrency", concurrency);
            long warmupEnd = System.nanoTime() + warmupMillis * 1_000_000L;
            int warmups = 0;
            do {
                raw.rate(1, 0.25);
                warmup.run(1);
                raw.rate(concurrency, 0.25);
                warmup.run(concurrency);
                warmups++;
            } while (System.nanoTime() < warmupEnd);
            line.put("warmups", warmups);
            if (timer != null) {
                Map<String, long[]> before = timer.snapshot();
                raw.rate(1, rawSeconds);
                line.set("raw_profile", DurableStatementTimer.difference(before, timer.snapshot(), 1));
            }
            ArrayNode rawSingle = line.putArray("raw_single");
            ArrayNode single = line.putArray("stepline_single");
            ArrayNode rawConcurrent = line.putArray("raw_concurrent");
            ArrayNode concurrent = line.putArray("stepline_concurrent");
            for (int sample = 0; sample < samples; sample++) {
                rawSingle.add(raw.rate(1, rawSeconds));
                single.add(bench.run(1));
                rawConcurrent.add(raw.rate(concurrency, rawSeconds));
                concurrent.add(bench.run(concurrency));
            }
        }
        System.out.println(Json.write(line));
        System.exit(0); // stops the embedded PostgreSQL through its shutdown hook
    }

    /**
     * Runs {@code count} executions of the chain at once, each on its own thread (a Pass chain
     * never parks: {@code start} runs it to the end on the calling thread). Returns an object
     * with the transitions per second over the wall time from the first start to the last end,
     * the store's share of that time, the store writes per transition and the CPU share.
     */
    private ObjectNode run(int count) throws Exception {
        CyclicBarrier start = new CyclicBarrier(count);
        ExecutorService threads = Executors.newFixedThreadPool(count);
        int first = executions;
        executions += count;
        long[] writesBefore = store.writes();
        Map<String, long[]> callsBefore = timer == null ? null : timer.snapshot();
        long cpuBefore = processCpuNanos();
        long began = System.nanoTime();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String name = "chain" + states + "-" + (first + i);
                running.add(threads.submit(() -> {
                    start.await();
                    ExecutionResult result = durable.start("chain" + states, definition, name, input).execution()
                            .result().get();
                    if (!result.succeeded()) {
                        throw new IllegalStateException(name + " " + result.status() + ": " + result.error());
                    }
                    return null;
                }));
            }
            for (Future<?> execution : running) {
                execution.get();
            }
        } finally {
            threads.shutdown();
        }
        long elapsed = System.nanoTime() - began;
        long cpu = processCpuNanos() - cpuBefore;
        long[] writesAfter = store.writes();
        long transitions = (long) count * states;
        ObjectNode sample = Json.NODES.objectNode();
        sample.put("rate", transitions / (elapsed / 1e9));
        sample.put("store_share", (writesAfter[1] - writesBefore[1]) / (double) (elapsed * count));
        sample.put("writes_per_transition", (writesAfter[0] - writesBefore[0]) / (double) transitions);
        sample.put("cpu_cores", cpu / (double) elapsed);
        if (timer != null) {
            sample.set("profile", DurableStatementTimer.difference(callsBefore, timer.snapshot(), transitions));
        }
        return sample;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
