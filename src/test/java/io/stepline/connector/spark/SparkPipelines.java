package io.stepline.connector.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepline.connector.TaskFailedException;
import io.stepline.engine.DefinitionException;
import io.stepline.engine.Pipeline;
import io.stepline.engine.Stepline;
import io.stepline.json.Json;
import io.stepline.runtime.ExecutionResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Runs pipelines with Spark tasks on real local Spark, in pipeline folders the tests write
 * (definition, SQL files and data side by side). Every test class in the JVM shares the one
 * session (started by the first Spark task, as in a real engine).
 */
final class SparkPipelines {
    private SparkPipelines() {
    }

    /** An engine with this configuration (YAML's JSON form); close it after the test. */
    static Stepline engine(String configJson) {
        return Stepline.start(json(configJson));
    }

    /** Writes the definition into {@code folder} and loads it from there. */
    static Pipeline load(Stepline engine, Path folder, String name, String definition) throws DefinitionException {
        try {
            Path file = folder.resolve(name + ".asl.json");
            Files.writeString(file, definition, StandardCharsets.UTF_8);
            return engine.load(file, Map.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ExecutionResult run(Pipeline pipeline, String input) {
        return pipeline.run(json(input));
    }

    /** The shared session, for reading what pipelines wrote. */
    static SparkSession spark() {
        try {
            return SparkSessions.shared(new SparkSettings(TestContexts.empty(Path.of("."))));
        } catch (TaskFailedException e) {
            throw new IllegalStateException(e.getMessage());
        }
    }

    static Dataset<Row> readParquet(String path) {
        return spark().read().parquet(path);
    }

    static void write(Path file, String... lines) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, List.of(lines), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode json(String text) {
        try {
            return text.isBlank() ? Json.NODES.objectNode() : Json.parse(text);
        } catch (Exception e) {
            throw new IllegalArgumentException("bad JSON in a test: " + text, e);
        }
    }

    static ObjectNode object(String text) {
        return (ObjectNode) json(text);
    }
}
