package io.stepline.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fixture folders: every file of {@code valid/} validates with no diagnostic at all; every
 * file of {@code invalid/} yields exactly the diagnostics its {@code NAME.expected.txt} lists,
 * one {@code line:col CODE} per line (blank lines and {@code #} comments ignored).
 */
class FixtureFoldersTest {
    private static final Path ROOT = Path.of("src/test/resources/asl/validation");
    private static final DefinitionValidator VALIDATOR = new DefinitionValidator();

    static Stream<Path> valid() throws IOException {
        return definitions(ROOT.resolve("valid"));
    }

    static Stream<Path> invalid() throws IOException {
        return definitions(ROOT.resolve("invalid"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valid")
    void validFixtureHasNoDiagnostics(Path file) throws IOException {
        List<Diagnostic> diagnostics = validate(file);

        assertThat(diagnostics).as(file.toString()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void invalidFixtureHasExactlyTheExpectedDiagnostics(Path file) throws IOException {
        List<String> expected = expectations(file);
        List<Diagnostic> diagnostics = validate(file);
        List<String> actual = diagnostics.stream().map(d -> d.position() + " " + d.code()).sorted().toList();

        assertThat(expected).as("%s needs a non-empty %s", file, expectationFile(file)).isNotEmpty();
        assertThat(actual).as("%s; diagnostics:%n%s", file, String.join("\n",
                diagnostics.stream().map(Diagnostic::toString).toList())).isEqualTo(expected);
    }

    private static List<Diagnostic> validate(Path file) throws IOException {
        String text = Files.readString(file);
        return VALIDATOR.validate(Validate.read(file.getFileName().toString(), text), ValidationOptions.aslOnly());
    }

    private static List<String> expectations(Path file) throws IOException {
        Path expectations = expectationFile(file);
        if (!Files.exists(expectations)) {
            return List.of();
        }
        return Files.readAllLines(expectations).stream().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).sorted().toList();
    }

    private static Path expectationFile(Path file) {
        String name = file.getFileName().toString();
        return file.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".expected.txt");
    }

    private static Stream<Path> definitions(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().matches(".*\\.(json|yaml|yml)$")).sorted().toList().stream();
        }
    }
}
