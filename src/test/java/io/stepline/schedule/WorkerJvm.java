package io.stepline.schedule;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code stepline worker --pipelines DIR} in its own JVM (the test JVM's java and class path),
 * its output written to a file that a failing test shows.
 */
final class WorkerJvm implements AutoCloseable {
    /** The worker's line for each fire it took: {@code fired tick/tick at 2026-...Z: started tick-...}. */
    private static final Pattern FIRED = Pattern.compile("^fired (\\S+) at (\\S+): (.*)$");

    /** One fire as the worker printed it: its time, and what it did ({@code started NAME}, {@code skipped: ...}). */
    record Fired(Instant scheduledTime, String outcome) {
        /** The run this fire started, or null. */
        String startedRun() {
            return outcome.startsWith("started ") ? outcome.substring("started ".length()) : null;
        }
    }

    final String id;
    final Path output;
    private final Process process;

    private WorkerJvm(String id, Path output, Process process) {
        this.id = id;
        this.output = output;
        this.process = process;
    }

    static WorkerJvm start(String id, Path config, Path pipelines, Path directory) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path output = directory.resolve("worker-" + id + ".log");
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), "io.stepline.cli.Main", "worker", "--id", id,
                "--config", config.toString(), "--pipelines", pipelines.toString(), "--poll", "0.5"));
        builder.redirectErrorStream(true).redirectOutput(output.toFile());
        return new WorkerJvm(id, output, builder.start());
    }

    boolean ready() {
        return process.isAlive() && text().contains(" ready; ");
    }

    boolean alive() {
        return process.isAlive();
    }

    /** The fires this worker took, oldest first. */
    List<Fired> fires() {
        return text().lines().map(FIRED::matcher).filter(Matcher::matches)
                .map(m -> new Fired(Instant.parse(m.group(2)), m.group(3))).toList();
    }

    String text() {
        try {
            return Files.readString(output, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(cannot read " + output + ": " + e.getMessage() + ")";
        }
    }

    /** SIGKILL: no shutdown hook runs, nothing is released; the cluster must notice by itself. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(20, TimeUnit.SECONDS);
    }

    /** Always SIGKILL: a test leaves no process behind, whatever happened. */
    @Override
    public void close() throws InterruptedException {
        kill();
    }
}
