package io.stepline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs each measurement of {@code scripts/bench durable} in a fresh JVM, one at a time (the
 * machine has two cores, and the database shares them), and reads the one JSON line it prints.
 * A runner's log (Camel, H2, the engine's own errors) goes to a file, not to the table.
 */
final class DurableRunners {
    private final Path root;
    private final Path work;
    private final List<String> jvmOptions;
    private final Path logs;
    private int runs;

    DurableRunners(Path root, Path work, List<String> jvmOptions) throws IOException {
        this.root = root;
        this.work = work;
        this.jvmOptions = List.copyOf(jvmOptions);
        this.logs = Files.createDirectories(work.resolve("logs"));
    }

    List<String> jvmOptions() {
        return jvmOptions;
    }

    /**
     * Runs {@code main} with {@code args} and a new, empty scratch folder (for H2's files) as its
     * last argument, and returns its JSON line; the scratch folder is removed after.
     */
    JsonNode run(String label, Class<?> main, List<String> args) throws IOException, InterruptedException {
        runs++;
        Path log = logs.resolve(runs + "-" + label.replaceAll("[^A-Za-z0-9]+", "-") + ".log");
        System.err.printf("[bench durable] %s ... (log: %s)%n", label, root.relativize(log));
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main.getName());
        command.addAll(args);
        Path scratch = work.resolve("scratch-" + runs);
        deleteRecursively(scratch);
        command.add(scratch.toString());
        long began = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectError(log.toFile()).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        deleteRecursively(scratch);
        JsonNode line = null;
        for (String text : out.split("\n")) {
            if (text.startsWith("{")) {
                line = Json.parse(text);
            }
        }
        if (exit != 0 || line == null) {
            throw new IllegalStateException(label + ": runner failed (exit " + exit + "), see " + log + "\n" + out);
        }
        System.err.printf("[bench durable]   done in %.0f s%n", (System.nanoTime() - began) / 1e9);
        return line;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var files = Files.walk(dir)) {
            for (Path file : files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(file);
            }
        }
    }
}
