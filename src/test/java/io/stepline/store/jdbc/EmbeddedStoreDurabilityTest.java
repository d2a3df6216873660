package io.stepline.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What WRITE_DELAY=0 is for: a transition whose {@code apply} returned survives the process
 * being killed (SIGKILL, no shutdown hook). With H2's default write delay the last half second
 * of acknowledged transitions is lost, and this test fails.
 */
class EmbeddedStoreDurabilityTest {
    private static final int ACKNOWLEDGED_BEFORE_KILL = 50;

    @Test
    void everyAcknowledgedTransitionSurvivesAKill(@TempDir Path directory) throws Exception {
        Path file = directory.resolve("stepline");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // a short-lived JVM: C1 only and the serial collector start it faster
        Process writer = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"),
                KilledWriter.class.getName(), file.toString())
                .redirectError(ProcessBuilder.Redirect.to(new File(directory.toFile(), "writer.err")))
                .start();
        long lastAcknowledged = 0;
        try (BufferedReader output = new BufferedReader(new InputStreamReader(writer.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = output.readLine(); line != null; line = output.readLine()) {
                lastAcknowledged = Long.parseLong(line);
                if (lastAcknowledged >= ACKNOWLEDGED_BEFORE_KILL) {
                    writer.destroyForcibly(); // SIGKILL: no shutdown hook closes the database
                    break;
                }
            }
            // the writer may acknowledge a few more before the kill lands: fine, this asserts only
            // what was seen acknowledged
            writer.waitFor(10, TimeUnit.SECONDS);
        } finally {
            writer.destroyForcibly();
        }
        assertThat(lastAcknowledged).as("the writer process acknowledged transitions (see writer.err)")
                .isGreaterThanOrEqualTo(ACKNOWLEDGED_BEFORE_KILL);

        try (JdbcExecutionStore reopened = JdbcExecutionStore.open(StoreSettings.embedded(file))) {
            assertThat(reopened.lastEventId(KilledWriter.EXECUTION_ARN)).isGreaterThanOrEqualTo(lastAcknowledged);
        }
    }
}
