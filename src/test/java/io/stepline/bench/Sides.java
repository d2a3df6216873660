package io.stepline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Starts each side's runner in a fresh process, one at a time (the machine has two cores:
 * nothing else of ours runs meanwhile), and reads its result lines.
 */
final class Sides {
    private final Path root;
    private final List<String> jvmOptions;

    Sides(Path root, List<String> jvmOptions) {
        this.root = root;
        this.jvmOptions = List.copyOf(jvmOptions);
    }

    /**
     * What one runner process does: definitions taking turns on one input, each batch {@code repeats[i]}
     * calls of definition i (see {@link Harness.Args}).
     */
    record Job(List<Path> definitions, int[] repeats, Path input) {
        static Job of(Path definition, int repeat, Path input) {
            return new Job(List.of(definition), new int[] {repeat}, input);
        }
    }

    /**
     * How a runner measures: warm up for at least {@code minWarmups} rounds and {@code warmupMillis},
     * then time {@code runs} batches.
     */
    record Load(int minWarmups, long warmupMillis, int runs) {
        /** No warm-up, one call: the peak RSS is that of a process that ran the workload once. */
        static final Load ONCE = new Load(0, 0, 1);
    }

    List<String> jvmOptions() {
        return jvmOptions;
    }

    /** Runs a job; one measurement per definition, in order. */
    List<Measurement> run(Side side, Job job, Load load) throws IOException, InterruptedException {
        return run(side, List.of(), job, load);
    }

    /** The same, with JVM options added after the usual ones (Java sides only). */
    List<Measurement> run(Side side, List<String> extraJvmOptions, Job job, Load load)
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
        command.add(job.definitions().stream().map(Path::toString).collect(Collectors.joining(",")));
        command.add(job.input().toString());
        command.add(Integer.toString(load.minWarmups()));
        command.add(Long.toString(load.warmupMillis()));
        command.add(Integer.toString(load.runs()));
        command.add(Arrays.stream(job.repeats()).mapToObj(Integer::toString).collect(Collectors.joining(",")));
        Process process = new ProcessBuilder(command).directory(root.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        List<Measurement> measured = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (line.startsWith("{")) {
                JsonNode json = Json.parse(line);
                measured.add(Measurement.of(side, json));
            }
        }
        if (exit != 0 || measured.size() != job.definitions().size()) {
            throw new IllegalStateException(side.label() + " runner failed (exit " + exit + ") on "
                    + job.definitions() + "\n" + out);
        }
        return measured;
    }
}
