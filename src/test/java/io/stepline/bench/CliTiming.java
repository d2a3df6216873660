package io.stepline.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Wall time of the {@code scripts/stepline} launcher, JVM start-up included: {@code validate FILE}
 * when the build has that command, else {@code --help} (the cheapest command there is), so the
 * benchmark picks validate up by itself once it is merged.
 */
final class CliTiming {
    private static final Pattern VALIDATE_LISTED = Pattern.compile("(?m)^\\s+validate\\b");

    /** What was timed, and its median wall time. */
    record Result(String command, boolean validate, double medianMillis) {
    }

    private final Path launcher;

    CliTiming(Path root) {
        this.launcher = root.resolve("scripts/stepline");
    }

    /** True when {@code stepline --help} lists a validate command. */
    boolean hasValidate() throws IOException, InterruptedException {
        return VALIDATE_LISTED.matcher(run(List.of("--help"), true)).find();
    }

    Result time(Path definition, int warmups, int runs) throws IOException, InterruptedException {
        boolean validate = hasValidate();
        List<String> arguments = validate ? List.of("validate", definition.toString()) : List.of("--help");
        for (int i = 0; i < warmups; i++) {
            run(arguments, true);
        }
        long[] samples = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            run(arguments, false);
            samples[i] = System.nanoTime() - start;
        }
        return new Result("stepline " + String.join(" ", arguments.size() > 1
                ? List.of(arguments.get(0), definition.getFileName().toString()) : arguments), validate,
                Harness.median(samples) / 1e6);
    }

    /** Runs the launcher; fails unless it exits 0. Returns its output when asked to keep it. */
    private String run(List<String> arguments, boolean keepOutput) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(launcher.toString());
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (!keepOutput) {
            builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        }
        Process process = builder.start();
        String out = keepOutput ? new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8) : "";
        int exit = process.waitFor();
        if (exit != 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited " + exit + "\n" + out);
        }
        return out;
    }
}
