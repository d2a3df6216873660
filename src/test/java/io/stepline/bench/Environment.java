package io.stepline.bench;

import io.stepline.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.camel.impl.DefaultCamelContext;

/** The header of the report: what ran on what, so figures from different runs can be compared. */
final class Environment {
    private Environment() {
    }

    static List<String> describe(Path root, List<String> jvmOptions, int rounds)
            throws IOException, InterruptedException {
        String peerVersion = Json.parse(Files.readString(
                root.resolve("bench/node_modules/aws-local-stepfunctions/package.json"))).path("version").asText();
        String camelVersion;
        try (DefaultCamelContext camel = new DefaultCamelContext()) {
            camelVersion = camel.getVersion();
        }
        return List.of(
                "stepline " + output(root, "git", "rev-parse", "--short", "HEAD") + " on Java "
                        + System.getProperty("java.version") + ", runners with " + String.join(" ", jvmOptions),
                "node  = aws-local-stepfunctions " + peerVersion + " on Node " + output(root, "node", "--version"),
                "camel = raw Apache Camel " + camelVersion
                        + " doing the same shape of work (inline processors, direct:, sequential split): the floor",
                "machine: " + Runtime.getRuntime().availableProcessors() + " cores; sides run one at a time, each in"
                        + " a fresh process; times are measured inside each process after warm-up: the median of"
                        + " its samples, and of " + rounds + " round(s) (processes) per side but for the one-run memory"
                        + " measurements and the 100,000-item Map");
    }

    /** The 1, 5 and 15 minute load averages (Linux), to tell a quiet machine from a busy one. */
    static String loadAverage() throws IOException {
        String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
        return fields[0] + " " + fields[1] + " " + fields[2];
    }

    private static String output(Path root, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true).start();
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        return process.waitFor() == 0 ? text : "?";
    }
}
