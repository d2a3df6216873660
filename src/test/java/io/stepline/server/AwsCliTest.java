package io.stepline.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The AWS CLI ({@code aws stepfunctions --endpoint-url}), a client no one here wrote, through
 * scripts/aws-cli-check against a test server. CI installs the CLI (.ci/run), so there a missing
 * {@code aws} fails this test; on a developer's machine without it, the test is skipped.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class AwsCliTest {

    @Test
    void theAwsCliWorksAgainstTheServer() throws Exception {
        boolean installed = onPath("aws");
        if (!installed && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("the AWS CLI (aws) is not installed; .ci/run installs it with apt-get install awscli");
        }
        assumeTrue(installed, "the AWS CLI (aws) is not installed");
        Process process = new ProcessBuilder("bash", "scripts/aws-cli-check", ServerFixture.server().url(), "hello")
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(150, TimeUnit.SECONDS)).isTrue();
        assertThat(output).contains(" passed, 0 failed");
        assertThat(process.exitValue()).as(output).isZero();
    }

    private static boolean onPath(String command) throws IOException {
        for (String directory : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!directory.isEmpty() && Files.isExecutable(Path.of(directory, command))) {
                return true;
            }
        }
        return false;
    }
}
