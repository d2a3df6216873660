package io.stepline.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every diagnostic code is pinned down by at least one invalid fixture, so no rule goes untested. */
class CodeCoverageTest {
    private static final Path INVALID = Path.of("src/test/resources/asl/validation/invalid");
    /** Codes that depend on options rather than on the file; each has its own test, named here. */
    private static final Set<DiagnosticCode> TESTED_ELSEWHERE = EnumSet.of(
            DiagnosticCode.UNBOUND_RESOURCE); // DefinitionValidatorTest.unboundResourceIsAWarningUnlessStrict

    @Test
    void everyCodeAppearsInSomeInvalidFixture() throws IOException {
        Set<DiagnosticCode> covered = EnumSet.copyOf(TESTED_ELSEWHERE);
        try (Stream<Path> files = Files.list(INVALID)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".expected.txt")).toList()) {
                Files.readAllLines(file).stream().map(String::strip)
                        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                        .forEach(line -> covered.add(DiagnosticCode.valueOf(line.split(" ")[1])));
            }
        }

        assertThat(EnumSet.complementOf(EnumSet.copyOf(covered))).isEmpty();
    }
}
