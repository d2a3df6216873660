package io.stepline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** One {@code stepline} command run in-process: its exit code and what it printed. */
record CliRun(int exit, String out, String err) {
    static final String FIXTURES = "src/test/resources/cli/";
    static final String CONFIG = FIXTURES + "stepline.yaml";

    /** Runs the command line with System.out and System.err captured. */
    static synchronized CliRun of(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
            int exit = Main.execute(args);
            System.out.flush();
            System.err.flush();
            return new CliRun(exit, outBytes.toString(StandardCharsets.UTF_8), errBytes.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    List<String> outLines() {
        return out.isBlank() ? List.of() : Arrays.asList(out.strip().split("\\R"));
    }

    List<String> errLines() {
        return err.isBlank() ? List.of() : Arrays.asList(err.strip().split("\\R"));
    }

    /** Users never see a Java stack trace nor an exception class name. */
    CliRun assertNoJavaInternals() {
        assertThat(err).as("stderr").doesNotContain("\tat ").doesNotContainPattern("\\w+Exception\\b")
                .doesNotContain("Caused by");
        assertThat(out).as("stdout").doesNotContain("\tat ");
        return this;
    }

    @Override
    public String toString() {
        return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
}
