package io.stepline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.engine.Pipeline;
import io.stepline.engine.RunOptions;
import io.stepline.engine.Stepline;
import io.stepline.json.Json;
import io.stepline.runtime.ExecutionResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Runs one ASL definition through the engine, as an embedding application would: start the
 * engine, compile once, then EXPRESS executions in memory on the calling thread (default
 * {@link RunOptions}: generated names, real time, counted but unkept history).
 * Arguments: {@code DEFINITION INPUT MIN_WARMUPS WARMUP_MS RUNS REPEAT} (see {@link Harness}).
 */
public final class SteplineRunner {
    private SteplineRunner() {
    }

    public static void main(String[] arguments) throws Exception {
        Harness.Args args = Harness.Args.parse(arguments);
        Path definition = Path.of(args.spec());
        try (Stepline engine = Stepline.start(Json.NODES.objectNode())) {
            Pipeline pipeline = engine.load(definition.toString(), "bench", Files.readString(definition), Map.of(),
                    List.of());
            JsonNode input = args.readInput();
            Harness.measure("stepline", args, () -> {
                ExecutionResult result = pipeline.run(input, RunOptions.DEFAULTS);
                if (!result.succeeded()) {
                    throw new IllegalStateException("execution " + result.status() + ": " + result.error() + " "
                            + result.cause());
                }
                return result.output();
            });
        }
    }
}
