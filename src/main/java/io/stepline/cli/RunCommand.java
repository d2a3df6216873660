package io.stepline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepline.config.ConfigLoader;
import io.stepline.engine.DurableExecutions;
import io.stepline.engine.MachineDefinition;
import io.stepline.engine.Pipeline;
import io.stepline.engine.RunOptions;
import io.stepline.engine.Stepline;
import io.stepline.json.Json;
import io.stepline.runtime.ExecutionResult;
import io.stepline.runtime.history.HistoryJson;
import io.stepline.store.ExecutionRecord;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code stepline run DEF}: runs one execution and prints how it ended as one JSON object. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Runs a state machine once and prints {\"status\": ..., \"output\": ...} "
                + "or {\"status\": ..., \"error\": ..., \"cause\": ...}.",
                "EXPRESS (default) runs in memory; STANDARD is durable: every transition is written to the "
                        + "store (config: store:), a killed run is resumed by `stepline worker`.",
                "Exit status 0 only when the execution SUCCEEDED (or, with --detach, was started)."})
final class RunCommand implements Callable<Integer> {

    enum Type { EXPRESS, STANDARD }

    @Parameters(index = "0", paramLabel = "DEFINITION", description = "The state machine (.asl.json or .asl.yaml).")
    Path definition;

    @Option(names = "--input", paramLabel = "JSON", description = "The execution input as JSON text (default {}).")
    String input;

    @Option(names = "--input-file", paramLabel = "FILE", description = "A file holding the execution input.")
    Path inputFile;

    @Option(names = "--name", description = "The execution name (default: a random UUID). STANDARD names are "
            + "unique per pipeline: the same name and input return the existing execution.")
    String name;

    @Option(names = "--type", description = "EXPRESS (default, in memory) or STANDARD (durable).")
    Type type = Type.EXPRESS;

    @Option(names = "--detach", description = "STANDARD only: record the execution, print its ARN and return; "
            + "a running `stepline worker` runs it.")
    boolean detach;

    @Option(names = "--config", paramLabel = "FILE", description = "Configuration file (default config/stepline.yaml).")
    Path config;

    @Option(names = "--history", description = "Also print the execution's history events.")
    boolean history;

    @Override
    public Integer call() throws Exception {
        JsonNode executionInput = Inputs.read(input, inputFile);
        JsonNode configuration = ConfigLoader.load(config);
        if (detach && type != Type.STANDARD) {
            throw new UserError("--detach needs --type STANDARD");
        }
        try (Stepline engine = Stepline.start(configuration)) {
            return type == Type.STANDARD ? standard(engine, executionInput) : express(engine, executionInput);
        }
    }

    private int express(Stepline engine, JsonNode executionInput) throws Exception {
        Pipeline pipeline = engine.load(definition, Map.of());
        pipeline.warnings().forEach(System.err::println);
        ExecutionResult result = pipeline.run(executionInput, new RunOptions(name, false, history));
        ObjectNode summary = summary(result.status().name(), result.output(), result.error(), result.cause());
        if (history) {
            summary.set("history", HistoryJson.events(result.history()));
        }
        System.out.println(Json.write(summary));
        return result.succeeded() ? 0 : Failures.FAILED;
    }

    private int standard(Stepline engine, JsonNode executionInput) throws Exception {
        DurableExecutions durable = engine.durable();
        String executionName = name != null ? name : UUID.randomUUID().toString();
        DurableExecutions.Start start = durable.start(MachineDefinition.read(definition), executionName,
                executionInput, !detach);
        String arn = start.record().executionArn();
        if (detach || (start.alreadyStarted() && start.record().status().name().equals("RUNNING"))) {
            ObjectNode started = Json.NODES.objectNode().put("executionArn", arn)
                    .put("status", start.record().status().name());
            System.out.println(Json.write(started));
            return 0;
        }
        if (start.execution() != null) {
            start.execution().result().join();
        }
        ExecutionRecord record = durable.describe(arn).orElseThrow();
        ObjectNode summary = summary(record.status().name(), record.output(), record.error(), record.cause());
        summary.put("executionArn", arn);
        if (history) {
            summary.set("history", Json.MAPPER.valueToTree(durable.history(arn)));
        }
        System.out.println(Json.write(summary));
        return record.status().name().equals("SUCCEEDED") ? 0 : Failures.FAILED;
    }

    private static ObjectNode summary(String status, JsonNode output, String error, String cause) {
        ObjectNode summary = Json.NODES.objectNode();
        summary.put("status", status);
        if ("SUCCEEDED".equals(status)) {
            summary.set("output", output);
        } else {
            summary.put("error", error);
            summary.put("cause", cause);
        }
        return summary;
    }
}
