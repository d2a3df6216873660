package io.stepline.expression.jsonata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.definition.JsonataText;
import io.stepline.json.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The validator cases that turn on JSONata syntax: in an accepted definition every expression
 * parses; in one rejected for its JSONata (its comment says so) at least one does not.
 */
class JsonataSyntaxCasesTest {
    private static final String CASES = "/conformance/aws/asl-validation.jsonl";

    @TestFactory
    Stream<DynamicTest> expressionsParseExactlyWhenTheDefinitionAllowsThem() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode testCase : cases()) {
            List<String> expressions = new ArrayList<>();
            collect(testCase.get("definition"), expressions);
            boolean accepted = testCase.path("expected").path("accepted").asBoolean();
            String comment = testCase.path("definition").path("Comment").asText();
            if (accepted && !expressions.isEmpty()) {
                tests.add(DynamicTest.dynamicTest(testCase.get("name").textValue(), () -> expressions.forEach(
                        e -> assertThatCode(() -> JsonataExpression.compile(e)).as(e).doesNotThrowAnyException())));
            } else if (!accepted && comment.matches("(?i).*jsonata (bad|syntax|template).*|.*inside of a JSONata surround.*")) {
                tests.add(DynamicTest.dynamicTest(testCase.get("name").textValue(), () -> assertThat(expressions)
                        .anySatisfy(e -> assertThat(parses(e)).as(e).isFalse())));
            }
        }
        assertThat(tests).hasSizeGreaterThanOrEqualTo(10);
        return tests.stream();
    }

    private static boolean parses(String expression) {
        try {
            JsonataExpression.compile(expression);
            return true;
        } catch (JsonataSyntaxException e) {
            return false;
        }
    }

    private static void collect(JsonNode node, List<String> expressions) {
        String expression = JsonataText.expressionOf(node);
        if (expression != null) {
            expressions.add(expression);
        }
        if (node.isContainerNode()) {
            node.forEach(child -> collect(child, expressions));
        }
    }

    private static List<JsonNode> cases() throws IOException {
        List<JsonNode> cases = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(JsonataSyntaxCasesTest.class.getResourceAsStream(CASES)), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                cases.add(Json.parse(line));
            }
        }
        return cases;
    }
}
