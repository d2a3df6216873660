package io.stepline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepline.config.ConfigLoader;
import io.stepline.engine.Pipeline;
import io.stepline.engine.RunOptions;
import io.stepline.engine.Stepline;
import io.stepline.json.Json;
import io.stepline.runtime.ExecutionResult;
import io.stepline.runtime.history.HistoryJson;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code stepline run DEF}: runs one execution and prints how it ended as one JSON object. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Runs a state machine once and prints {\"status\": ..., \"output\": ...} "
                + "or {\"status\": ..., \"error\": ..., \"cause\": ...}.",
                "Exit status 0 only when the execution SUCCEEDED."})
final class RunCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DEFINITION", description = "The state machine (.asl.json or .asl.yaml).")
    Path definition;

    @Option(names = "--input", paramLabel = "JSON", description = "The execution input as JSON text (default {}).")
    String input;

    @Option(names = "--input-file", paramLabel = "FILE", description = "A file holding the execution input.")
    Path inputFile;

    @Option(names = "--name", description = "The execution name (default: a random UUID).")
    String name;

    @Option(names = "--config", paramLabel = "FILE", description = "Configuration file (default config/stepline.yaml).")
    Path config;

    @Option(names = "--history", description = "Also print the execution's history events.")
    boolean history;

    @Override
    public Integer call() throws Exception {
        JsonNode executionInput = Inputs.read(input, inputFile);
        JsonNode configuration = ConfigLoader.load(config);
        try (Stepline engine = Stepline.start(configuration)) {
            Pipeline pipeline = engine.load(definition, Map.of());
            ExecutionResult result = pipeline.run(executionInput, new RunOptions(name, false, history));
            System.out.println(Json.write(summary(result)));
            return result.succeeded() ? 0 : Failures.FAILED;
        }
    }

    private ObjectNode summary(ExecutionResult result) {
        ObjectNode summary = Json.NODES.objectNode();
        summary.put("status", result.status().name());
        if (result.succeeded()) {
            summary.set("output", result.output());
        } else {
            summary.put("error", result.error());
            summary.put("cause", result.cause());
        }
        if (history) {
            summary.set("history", HistoryJson.events(result.history()));
        }
        return summary;
    }
}
