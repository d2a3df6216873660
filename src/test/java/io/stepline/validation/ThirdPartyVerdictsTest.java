package io.stepline.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * asl-validation.jsonl holds the verdicts of two third-party validators (asl-validator,
 * statelint). We agree with each, except where the AWS documentation shows the verdict wrong;
 * those few are listed in {@link #OVERRIDDEN} with the documented reason, and there we assert
 * the opposite verdict.
 */
class ThirdPartyVerdictsTest {
    private static final Path CASES = Path.of("src/test/resources/conformance/aws/asl-validation.jsonl");

    /** Definition name to the AWS documentation that contradicts the third-party verdict. */
    static final Map<String, String> OVERRIDDEN = Map.of(
            "asl-validator:valid-map-with-item-batcher-jsonata.json",
            "Rejected: the machine's QueryLanguage is JSONata and state 'LambdaTask' sets JSONPath. AWS guide, "
                    + "'State machine structure', QueryLanguage: \"You cannot revert a top-level JSONata-based "
                    + "state machine to a mix of JSONata and JSONPath states.\"",
            "asl-validator:valid-path-array-context.json",
            "Rejected: OutputPath '$[(@.length-1)].bar' uses a script expression. AWS guide, 'Paths': \"Paths "
                    + "follow JsonPath syntax\" linking to Jayway JsonPath, which has no [(...)] script "
                    + "expressions (its compiler rejects this path).");

    static Stream<Object[]> cases() throws IOException {
        List<String> lines = Files.readAllLines(CASES);
        return lines.stream().filter(line -> !line.isBlank()).map(line -> {
            try {
                JsonNode node = Json.parse(line);
                return new Object[] {node.get("name").asText(), Json.write(node.get("definition")),
                        node.get("expected").get("accepted").asBoolean()};
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void agreesWithThirdPartyVerdictUnlessAwsDocsSayOtherwise(String name, String definition, boolean accepted) {
        List<Diagnostic> errors = Validate.errors(Validate.json(definition));
        boolean expected = OVERRIDDEN.containsKey(name) != accepted;

        assertThat(errors.isEmpty())
                .as("%s (third party: %s%s); errors: %s", name, accepted ? "accepted" : "rejected",
                        OVERRIDDEN.containsKey(name) ? ", overridden: " + OVERRIDDEN.get(name) : "", errors)
                .isEqualTo(expected);
    }
}
