package io.stepline.bench;

import io.stepline.connector.function.LocalFunction;
import io.stepline.engine.Pipeline;
import io.stepline.engine.RunOptions;
import io.stepline.engine.Stepline;
import io.stepline.json.Json;
import io.stepline.runtime.ExecutionResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs ASL definitions through the engine, as an embedding application would: start the
 * engine, compile once, then EXPRESS executions in memory on the calling thread (default
 * {@link RunOptions}: generated names, real time, counted but unkept history). The Lambda function
 * {@value Marks#FUNCTION} is bound to a {@link Marks} recorder.
 * Arguments: see {@link Harness.Args}.
 */
public final class SteplineRunner {
    private SteplineRunner() {
    }

    public static void main(String[] arguments) throws Exception {
        Harness.Args args = Harness.Args.parse(arguments);
        try (Stepline engine = Stepline.start(Json.NODES.objectNode())) {
            List<Harness.Workload> workloads = new ArrayList<>();
            List<Marks> marks = new ArrayList<>();
            var input = args.readInput();
            for (Path definition : args.definitions()) {
                Marks marksOfDefinition = new Marks();
                marks.add(marksOfDefinition);
                LocalFunction mark = (payload, control) -> {
                    marksOfDefinition.mark();
                    return payload;
                };
                Pipeline pipeline = engine.load(definition.toString(), "bench", Files.readString(definition),
                        Map.of(Marks.FUNCTION, mark), List.of());
                workloads.add(() -> {
                    ExecutionResult result = pipeline.run(input, RunOptions.DEFAULTS);
                    if (!result.succeeded()) {
                        throw new IllegalStateException("execution " + result.status() + ": " + result.error() + " "
                                + result.cause());
                    }
                    return result.output();
                });
            }
            Harness.measure("stepline", args, workloads, marks);
        }
    }
}
