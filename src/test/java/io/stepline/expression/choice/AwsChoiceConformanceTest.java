package io.stepline.expression.choice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.definition.StateMachine;
import io.stepline.definition.StateMachineBinder;
import io.stepline.definition.source.AslReader;
import io.stepline.json.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The "choice" cases of {@code conformance/aws/asl-cases.jsonl}, recorded against real AWS Step
 * Functions: each machine is bound from its definition, its Choice rules are evaluated with
 * {@link ChoiceRules} against the recorded input, and the outcome must be AWS's. Cases that need
 * more of the engine than a Choice state routing to Pass/Succeed/Fail are skipped with a reason
 * (counted and printed at the end).
 */
class AwsChoiceConformanceTest {
    private static final String CASES = "/conformance/aws/asl-cases.jsonl";

    private static final AtomicInteger evaluated = new AtomicInteger();
    private static final Map<String, Integer> skipped = new TreeMap<>();

    @TestFactory
    Stream<DynamicTest> recordedChoiceCases() throws IOException {
        return readCases().stream()
                .filter(c -> "choice".equals(c.path("category").asText()))
                .map(c -> DynamicTest.dynamicTest(c.path("name").asText(), () -> check(c)));
    }

    private static void check(JsonNode recorded) throws Exception {
        String definition = Json.write(recorded.get("definition"));
        StateMachine machine = StateMachineBinder.bind(new AslReader().read("case.asl.json", definition));
        String reason = ChoiceOnlyRun.unsupported(machine);
        if (reason != null) {
            synchronized (skipped) {
                skipped.merge(reason, 1, Integer::sum);
            }
            Assumptions.abort("needs more than Choice evaluation: " + reason);
        }
        ChoiceOnlyRun.Outcome outcome = ChoiceOnlyRun.run(machine, recorded.get("input"));
        evaluated.incrementAndGet();

        JsonNode expected = recorded.get("expected");
        assertThat(outcome.status()).as("status").isEqualTo(expected.path("status").asText());
        if ("SUCCEEDED".equals(outcome.status())) {
            assertThat(outcome.output()).as("output").isEqualTo(expected.get("output"));
        } else {
            assertThat(outcome.error()).as("error").isEqualTo(textOrNull(expected.get("error")));
            assertThat(comparable(outcome.cause())).as("cause").isEqualTo(comparable(textOrNull(expected.get("cause"))));
        }
    }

    @AfterAll
    static void report() {
        int skippedCount = skipped.values().stream().mapToInt(Integer::intValue).sum();
        System.out.println("AWS choice conformance: " + evaluated.get() + " evaluated, " + skippedCount + " skipped");
        skipped.forEach((reason, count) -> System.out.println("  skipped " + count + ": " + reason));
        // A data file that stops yielding runnable cases must not pass silently.
        assertThat(evaluated.get()).as("evaluated cases").isPositive();
    }

    private static List<JsonNode> readCases() throws IOException {
        List<JsonNode> cases = new ArrayList<>();
        try (InputStream in = AwsChoiceConformanceTest.class.getResourceAsStream(CASES)) {
            assertThat(in).as(CASES + " on the test classpath").isNotNull();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    cases.add(Json.parse(line));
                }
            }
        }
        return cases;
    }

    private static String textOrNull(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }

    /** A cause holding JSON text is compared as JSON (per the cases' README), else as text. */
    private static Object comparable(String cause) {
        if (cause == null) {
            return null;
        }
        try {
            JsonNode parsed = Json.parse(cause);
            return parsed.isContainerNode() ? parsed : cause;
        } catch (JsonProcessingException notJson) {
            return cause;
        }
    }
}
