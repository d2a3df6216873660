package io.stepline.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.engine.Stepline;
import io.stepline.json.Json;
import io.stepline.testing.CaseResult;
import io.stepline.testing.CaseRunner;
import io.stepline.testing.TestCase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/** Turns a JSONL file of cases into one dynamic test per case, all on one shared engine. */
final class ConformanceSuite {
    private static Stepline engine;

    private ConformanceSuite() {
    }

    static synchronized Stepline engine() {
        if (engine == null) {
            engine = Stepline.start(Json.NODES.objectNode());
        }
        return engine;
    }

    static Stream<DynamicTest> tests(Path file) throws IOException {
        CaseRunner runner = new CaseRunner(engine());
        List<DynamicTest> tests = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            JsonNode node = Json.parse(lines.get(i));
            TestCase testCase = TestCase.parse(node, i + 1);
            tests.add(DynamicTest.dynamicTest(testCase.name(), () -> {
                CaseResult result = runner.run(testCase, file.getParent());
                if (!result.passed()) {
                    throw new AssertionError(testCase.name() + " (line " + testCase.line() + "): " + result.problem());
                }
            }));
        }
        return tests.stream();
    }
}
