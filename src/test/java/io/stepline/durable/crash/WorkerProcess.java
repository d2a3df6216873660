package io.stepline.durable.crash;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** A {@code stepline worker} in its own JVM, which the crash test kills with SIGKILL. */
final class WorkerProcess {
    private final Process process;
    private final CountDownLatch ready = new CountDownLatch(1);
    private final StringBuilder output = new StringBuilder();

    private WorkerProcess(Process process) {
        this.process = process;
        Thread reader = new Thread(this::read, "crash-test-worker-output");
        reader.setDaemon(true);
        reader.start();
    }

    static WorkerProcess start(Path config, String id) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), "io.stepline.cli.Main", "worker", "--id", id,
                "--config", config.toString(), "--poll", "0.2"));
        builder.redirectErrorStream(true);
        return new WorkerProcess(builder.start());
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                synchronized (output) {
                    output.append(line).append('\n');
                }
                if (line.contains(" ready; ")) {
                    ready.countDown();
                }
            }
        } catch (IOException ignored) {
            // the process was killed
        }
    }

    /** Waits until the worker has resumed what it found; false if it died or took too long. */
    boolean awaitReady(long seconds) throws InterruptedException {
        return ready.await(seconds, TimeUnit.SECONDS) && process.isAlive();
    }

    /** SIGKILL: no shutdown hook, no lease released, no buffered write flushed. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    String output() {
        synchronized (output) {
            return output.toString();
        }
    }
}
