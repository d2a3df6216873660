package io.stepline.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.connector.TaskConnector;
import io.stepline.connector.function.LocalFunction;
import io.stepline.engine.DefinitionException;
import io.stepline.engine.Pipeline;
import io.stepline.engine.RunOptions;
import io.stepline.engine.Stepline;
import io.stepline.json.Json;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Loads definitions written inline in tests and runs them on real or virtual time, on one
 * engine shared by the behaviour tests (as an embedding application would share it).
 */
public final class Machines {
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static Stepline engine;

    private Machines() {
    }

    public static synchronized Stepline engine() {
        if (engine == null) {
            engine = Stepline.start(Json.NODES.objectNode());
        }
        return engine;
    }

    public static Pipeline load(String definition, Map<String, LocalFunction> functions) {
        return load(definition, functions, List.of());
    }

    public static Pipeline load(String definition, Map<String, LocalFunction> functions,
            List<TaskConnector> connectors) {
        String name = "behaviour-" + SEQUENCE.incrementAndGet();
        try {
            return engine().load(name + ".asl.json", name, definition, functions, connectors);
        } catch (DefinitionException e) {
            throw new AssertionError("the test definition was rejected: " + e.getMessage(), e);
        }
    }

    /** Runs on wall-clock time, keeping the history. */
    public static ExecutionResult runReal(Pipeline pipeline, String input) {
        return pipeline.run(json(input), new RunOptions(null, false, true));
    }

    /** Runs on virtual time, keeping the history. */
    public static ExecutionResult runVirtual(Pipeline pipeline, String input) {
        return pipeline.run(json(input), new RunOptions(null, true, true));
    }

    public static JsonNode json(String text) {
        try {
            return Json.parse(text);
        } catch (Exception e) {
            throw new IllegalArgumentException("bad JSON in a test: " + text, e);
        }
    }

    /** A short description of how a run ended, for assertion messages. */
    public static String describe(ExecutionResult result) {
        return result.status() + " error=" + result.error() + " cause=" + result.cause() + " output="
                + (result.output() == null ? null : Json.write(result.output()));
    }
}
