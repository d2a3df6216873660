package io.stepline.expression.intrinsic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepline.expression.EvaluationException;
import io.stepline.expression.EvaluationScope;
import io.stepline.expression.path.Paths;
import io.stepline.json.Json;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Replays the "intrinsic" executions recorded against AWS (conformance/aws/asl-cases.jsonl) that
 * are a single Pass state with Parameters: the Parameters template is evaluated here, with just
 * enough payload handling for that shape, and must give AWS's output. Cases of another shape need
 * more of the engine and are skipped, counted by reason.
 */
class AwsIntrinsicConformanceTest {
    private static final String CASES = "/conformance/aws/asl-cases.jsonl";
    private static final Set<String> PLAIN_PASS_FIELDS = Set.of("Type", "Parameters", "End", "Comment");
    /** The cases file holds 35 such executions today; fewer means the filter broke, not that AWS changed. */
    private static final int MINIMUM_EVALUATED = 30;

    @TestFactory
    Stream<DynamicTest> awsRecordedIntrinsicExecutions() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        Map<String, Integer> skipped = new TreeMap<>();
        for (JsonNode recorded : readCases()) {
            if (!"intrinsic".equals(recorded.path("category").asText())) {
                continue;
            }
            String skipReason = skipReason(recorded.get("definition"));
            if (skipReason != null) {
                skipped.merge(skipReason, 1, Integer::sum);
            } else {
                tests.add(DynamicTest.dynamicTest(recorded.get("name").asText(), () -> replay(recorded)));
            }
        }
        System.out.printf("AWS intrinsic cases: %d evaluated, %d skipped%n", tests.size(),
                skipped.values().stream().mapToInt(Integer::intValue).sum());
        skipped.forEach((reason, count) -> System.out.printf("  skipped %d: %s%n", count, reason));
        assertThat(tests.size()).as("evaluable AWS intrinsic cases").isGreaterThanOrEqualTo(MINIMUM_EVALUATED);
        return tests.stream();
    }

    /** Why a recorded execution needs more than Parameters evaluation, or null when it does not. */
    private static String skipReason(JsonNode definition) {
        if (definition.path("QueryLanguage").asText().equals("JSONata")) {
            return "JSONata state machine (no intrinsics; needs the JSONata engine)";
        }
        JsonNode states = definition.get("States");
        if (states.size() != 1) {
            return "more than one state (needs the runtime)";
        }
        JsonNode state = states.elements().next();
        if (state.path("QueryLanguage").asText().equals("JSONata")) {
            return "JSONata state (no intrinsics; needs the JSONata engine)";
        }
        if (!state.path("Type").asText().equals("Pass") || !state.has("Parameters")) {
            return "not a Pass state with Parameters (needs the runtime)";
        }
        Iterator<String> fields = state.fieldNames();
        while (fields.hasNext()) {
            String field = fields.next();
            if (!PLAIN_PASS_FIELDS.contains(field)) {
                return "uses " + field + " (needs the payload layer)";
            }
        }
        String text = state.get("Parameters").toString();
        if (text.contains("$$")) {
            return "reads the context object (needs the runtime's)";
        }
        if (text.contains("States.UUID") || text.contains("States.MathRandom")) {
            return "random result (AWS's output is masked in the recording)";
        }
        return null;
    }

    private static void replay(JsonNode recorded) throws Exception {
        JsonNode definition = recorded.get("definition");
        String stateName = definition.get("States").fieldNames().next();
        JsonNode parameters = definition.get("States").get(stateName).get("Parameters");
        JsonNode input = recorded.get("input");
        EvaluationScope scope = new TestScope(input, Json.NODES.objectNode(), Map.of());
        JsonNode expected = recorded.get("expected");
        try {
            JsonNode output = evaluateTemplate(parameters, scope);
            assertThat(expected.get("status").asText()).as("AWS's status; we produced %s", output).isEqualTo("SUCCEEDED");
            if (!output.equals(JsonValues.NUMERIC, expected.get("output"))) {
                fail("output %s, AWS returned %s", output, expected.get("output"));
            }
        } catch (EvaluationException e) {
            assertThat(expected.get("status").asText()).as("AWS's status; we failed with %s", e.getMessage())
                    .isEqualTo("FAILED");
            assertThat(e.error()).isEqualTo(expected.get("error").asText());
            // The runtime adds this prefix; the event id is 2 for the first state of an execution.
            assertThat("An error occurred while executing the state '" + stateName + "' (entered at the event id #2). "
                    + e.getMessage()).isEqualTo(expected.get("cause").asText());
        }
    }

    /** Just the payload template rules these cases use: {@code key.$} holds a path or an intrinsic call. */
    private static JsonNode evaluateTemplate(JsonNode template, EvaluationScope scope) throws Exception {
        if (!template.isObject()) {
            return template;
        }
        ObjectNode result = Json.NODES.objectNode();
        Iterator<Map.Entry<String, JsonNode>> fields = template.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String key = field.getKey();
            if (key.endsWith(".$")) {
                String expression = field.getValue().asText();
                JsonNode value = IntrinsicParser.isIntrinsic(expression)
                        ? IntrinsicParser.parse(expression).evaluate(scope)
                        : Paths.compile(expression).read(scope);
                result.set(key.substring(0, key.length() - 2), value);
            } else {
                result.set(key, evaluateTemplate(field.getValue(), scope));
            }
        }
        return result;
    }

    private static List<JsonNode> readCases() throws Exception {
        List<JsonNode> cases = new ArrayList<>();
        try (InputStream stream = AwsIntrinsicConformanceTest.class.getResourceAsStream(CASES)) {
            assertThat(stream).as(CASES).isNotNull();
            BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    cases.add(Json.parse(line));
                }
            }
        }
        return cases;
    }
}
