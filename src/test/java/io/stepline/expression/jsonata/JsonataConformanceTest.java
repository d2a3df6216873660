package io.stepline.expression.jsonata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.json.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The recorded AWS cases whose outcome depends only on this package: a chain of JSONata states
 * each of which does nothing but evaluate its fields (see {@link ChainOfJsonataStates} for the
 * exact shapes), so evaluating those fields in order is the whole execution.
 */
class JsonataConformanceTest {
    private static final String CASES = "/conformance/aws/asl-cases.jsonl";
    private static final Pattern PREFIX = Pattern.compile(
            "^An error occurred while executing the state '([^']*)' \\(entered at the event id #\\d+\\)\\. (.*)$", Pattern.DOTALL);

    @TestFactory
    Stream<DynamicTest> recordedCasesEvaluateAsOnAws() throws IOException {
        return applicableCases().stream().map(c -> DynamicTest.dynamicTest(c.get("name").textValue(), () -> check(c)));
    }

    @Test
    void enoughRecordedCasesApply() throws IOException {
        // Guards against the filter silently excluding everything.
        assertThat(applicableCases()).hasSizeGreaterThanOrEqualTo(30);
    }

    private static void check(JsonNode testCase) throws Exception {
        ChainOfJsonataStates chain = ChainOfJsonataStates.of(testCase).orElseThrow();
        JsonNode expected = testCase.get("expected");
        if (expected.get("status").textValue().equals("SUCCEEDED")) {
            assertThat(Json.write(chain.run(testCase.get("input")))).isEqualTo(Json.write(expected.get("output")));
            return;
        }
        Matcher cause = PREFIX.matcher(expected.get("cause").textValue());
        assertThat(cause.matches()).isTrue();
        assertThatThrownBy(() -> chain.run(testCase.get("input")))
                .isInstanceOfSatisfying(ChainOfJsonataStates.StateFailure.class, failure -> {
                    assertThat(failure.state()).isEqualTo(cause.group(1));
                    assertThat(failure.getCause()).isInstanceOf(JsonataEvaluationException.class);
                    assertThat(((JsonataEvaluationException) failure.getCause()).error())
                            .isEqualTo(expected.get("error").textValue());
                    assertThat(failure.getCause().getMessage()).isEqualTo(cause.group(2));
                });
    }

    private static List<JsonNode> applicableCases() throws IOException {
        List<JsonNode> cases = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(JsonataConformanceTest.class.getResourceAsStream(CASES)), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                JsonNode testCase = Json.parse(line);
                if (ChainOfJsonataStates.of(testCase).isPresent() && isDecidedHere(testCase.get("expected"))) {
                    cases.add(testCase);
                }
            }
        }
        return cases;
    }

    private static boolean isDecidedHere(JsonNode expected) {
        return expected.get("status").textValue().equals("SUCCEEDED")
                || expected.path("error").asText().equals("States.QueryEvaluationError")
                        && PREFIX.matcher(expected.path("cause").asText()).matches();
    }
}
