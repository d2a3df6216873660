package io.stepline.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * AWS ran every definition of asl-cases.jsonl (recorded executions), so AWS accepted each one:
 * the validator must report no error on any of them (unbound-resource warnings are allowed).
 */
class AwsRecordedDefinitionsTest {
    private static final Path CASES = Path.of("src/test/resources/conformance/aws/asl-cases.jsonl");

    static Stream<Object[]> cases() throws IOException {
        List<String> lines = Files.readAllLines(CASES);
        return lines.stream().filter(line -> !line.isBlank()).map(line -> {
            try {
                JsonNode node = Json.parse(line);
                return new Object[] {node.get("name").asText(), Json.write(node.get("definition"))};
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void awsAcceptedItSoNoErrors(String name, String definition) {
        List<Diagnostic> diagnostics = Validate.json(definition, ValidationOptions.of(ResourceBinding.nothing()));

        assertThat(Validate.errors(diagnostics)).as(name).isEmpty();
    }
}
