package io.stepline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepline.config.ConfigLoader;
import io.stepline.engine.Stepline;
import io.stepline.json.Json;
import io.stepline.testing.CaseResult;
import io.stepline.testing.CaseRunner;
import io.stepline.testing.TestCase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code stepline test CASES.jsonl...}: runs test cases with mocks on virtual time. */
@Command(name = "test", mixinStandardHelpOptions = true,
        description = {"Runs test cases (one JSON object per line: definition or definitionFile, input, "
                + "expected, mocks) without AWS. Waits and mock delays use virtual time.",
                "Prints one line per failing case and a summary; exit status 0 when all pass."})
final class TestCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "CASES", description = "JSON Lines files of test cases.")
    List<Path> files;

    @Option(names = "--report", paramLabel = "FILE",
            description = "Write each case's actual status, output, error and cause to FILE as JSON.")
    Path report;

    @Option(names = "--config", paramLabel = "FILE", description = "Configuration file (default config/stepline.yaml).")
    Path config;

    @Override
    public Integer call() throws Exception {
        int passed = 0;
        int failed = 0;
        ArrayNode reportCases = Json.NODES.arrayNode();
        try (Stepline engine = Stepline.start(ConfigLoader.load(config))) {
            CaseRunner runner = new CaseRunner(engine);
            for (Path file : files) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    if (lines.get(i).isBlank()) {
                        continue;
                    }
                    CaseResult result = runner.run(parse(file, lines.get(i), i + 1), file.toAbsolutePath().getParent());
                    if (result.passed()) {
                        passed++;
                    } else {
                        failed++;
                        System.out.println("FAIL " + file + ":" + (i + 1) + " " + result.testCase().name() + ": "
                                + result.problem());
                    }
                    reportCases.add(reportEntry(file, result));
                }
            }
        }
        if (report != null) {
            ObjectNode root = Json.NODES.objectNode().put("passed", passed).put("failed", failed);
            root.set("cases", reportCases);
            Files.writeString(report, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root));
        }
        System.out.println(passed + " passed, " + failed + " failed");
        return failed == 0 ? 0 : Failures.FAILED;
    }

    private static TestCase parse(Path file, String line, int number) throws UserError {
        try {
            return TestCase.parse(Json.parse(line), number);
        } catch (Exception e) {
            throw new UserError(file + ":" + number + ": not a JSON test case: " + e.getMessage().split("\n")[0]);
        }
    }

    private static ObjectNode reportEntry(Path file, CaseResult result) {
        ObjectNode entry = Json.NODES.objectNode();
        entry.put("file", file.toString());
        entry.put("line", result.testCase().line());
        entry.put("name", result.testCase().name());
        entry.put("passed", result.passed());
        if (result.problem() != null) {
            entry.put("problem", result.problem());
        }
        if (result.actual() != null) {
            entry.put("status", result.actual().status().name());
            JsonNode output = result.actual().output();
            entry.set("output", output);
            entry.put("error", result.actual().error());
            entry.put("cause", result.actual().cause());
        }
        return entry;
    }
}
