package io.stepline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts each side's runner in a fresh process, one at a time (the machine has two cores:
 * nothing else of ours runs meanwhile), and reads its result line.
 */
final class Sides {
    private final Path root;
    private final List<String> jvmOptions;

    Sides(Path root, List<String> jvmOptions) {
        this.root = root;
        this.jvmOptions = List.copyOf(jvmOptions);
    }

    List<String> jvmOptions() {
        return jvmOptions;
    }

    /**
     * How a runner measures: warm up for at least {@code minWarmups} batches and {@code warmupMillis},
     * then time {@code runs} batches of {@code repeat} calls (see {@link Harness.Args}).
     */
    record Load(int minWarmups, long warmupMillis, int runs, int repeat) {
        /** No warm-up, one call: the peak RSS is that of a process that ran the workload once. */
        static final Load ONCE = new Load(0, 0, 1, 1);
    }

    Measurement run(Side side, Path definition, Path input, Load load) throws IOException, InterruptedException {
        return run(side, List.of(), definition, input, load);
    }

    /** The same, with JVM options added after the usual ones (Java sides only). */
    Measurement run(Side side, List<String> extraJvmOptions, Path definition, Path input, Load load)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        switch (side) {
            case STEPLINE, CAMEL -> {
                command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
                command.addAll(jvmOptions);
                command.addAll(extraJvmOptions);
                command.add("-cp");
                command.add(System.getProperty("java.class.path"));
                command.add(side == Side.STEPLINE ? SteplineRunner.class.getName() : CamelFloor.class.getName());
            }
            case NODE -> {
                command.add("node");
                command.add(root.resolve("bench/engine/peer.mjs").toString());
            }
        }
        command.addAll(List.of(definition.toString(), input.toString(), Integer.toString(load.minWarmups()),
                Long.toString(load.warmupMillis()), Integer.toString(load.runs()), Integer.toString(load.repeat())));
        Process process = new ProcessBuilder(command).directory(root.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        String last = lastJsonLine(out);
        if (exit != 0 || last == null) {
            throw new IllegalStateException(side.label() + " runner failed (exit " + exit + ") on " + definition
                    + "\n" + out);
        }
        JsonNode line = Json.parse(last);
        return Measurement.of(side, line);
    }

    private static String lastJsonLine(String out) {
        String found = null;
        for (String line : out.split("\n")) {
            if (line.startsWith("{")) {
                found = line;
            }
        }
        return found;
    }
}
