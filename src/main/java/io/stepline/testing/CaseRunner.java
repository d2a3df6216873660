package io.stepline.testing;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.connector.function.FunctionRef;
import io.stepline.connector.function.LocalFunction;
import io.stepline.engine.DefinitionException;
import io.stepline.engine.Pipeline;
import io.stepline.engine.RunOptions;
import io.stepline.engine.Stepline;
import io.stepline.json.Json;
import io.stepline.runtime.ExecutionResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Runs test cases on one engine, each with its own mocks, on virtual time. */
public final class CaseRunner {
    private final Stepline engine;

    public CaseRunner(Stepline engine) {
        this.engine = engine;
    }

    public CaseResult run(TestCase testCase, Path baseDir) {
        String text;
        try {
            text = definitionText(testCase, baseDir);
        } catch (IOException e) {
            return new CaseResult(testCase, false, "cannot read " + testCase.definitionFile() + ": " + e.getMessage(),
                    null);
        }
        if (text == null) {
            return new CaseResult(testCase, false, "the case has neither definition nor definitionFile", null);
        }
        Pipeline pipeline;
        try {
            pipeline = engine.load(testCase.name() + ".asl.json", "case-" + testCase.line(), text, mocks(testCase),
                    List.of());
        } catch (DefinitionException e) {
            return new CaseResult(testCase, false, "definition rejected: " + e.getMessage(), null);
        }
        ExecutionResult actual = pipeline.run(testCase.input(), new RunOptions("case-" + testCase.line(), true, false));
        String problem = Expectations.mismatch(testCase.expected(), actual, testCase.causeUnchecked());
        return new CaseResult(testCase, problem == null, problem, actual);
    }

    private static String definitionText(TestCase testCase, Path baseDir) throws IOException {
        if (testCase.definition() != null) {
            return Json.write(testCase.definition());
        }
        if (testCase.definitionFile() != null) {
            return Files.readString(baseDir.resolve(testCase.definitionFile()), StandardCharsets.UTF_8);
        }
        return null;
    }

    private static Map<String, LocalFunction> mocks(TestCase testCase) {
        Map<String, LocalFunction> functions = new HashMap<>();
        Iterator<Map.Entry<String, JsonNode>> mocks = testCase.mocks().fields();
        while (mocks.hasNext()) {
            Map.Entry<String, JsonNode> mock = mocks.next();
            FunctionRef ref = FunctionRef.parse(mock.getKey());
            functions.put(ref == null ? mock.getKey() : ref.name(), new MockFunction(mock.getValue()));
        }
        return functions;
    }
}
