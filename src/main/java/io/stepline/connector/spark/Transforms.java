package io.stepline.connector.spark;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.connector.TaskFailedException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Applies a {@link TransformSource}: a Java class (one instance per class) or a SQL file. */
final class Transforms {
    private static final Map<String, SparkTransform> INSTANCES = new ConcurrentHashMap<>();

    private Transforms() {
    }

    static Map<String, Dataset<Row>> apply(TransformSource source, Map<String, Dataset<Row>> inputs,
            JsonNode parameters, SparkTransformContext context) throws TaskFailedException {
        if (source instanceof TransformSource.SqlFile sql) {
            return Map.of("result", SqlTransform.run(read(sql), inputs, parameters, context));
        }
        TransformSource.JavaClass type = (TransformSource.JavaClass) source;
        return instance(type.className()).apply(inputs, parameters, context);
    }

    private static SparkTransform instance(String className) {
        return INSTANCES.computeIfAbsent(className, name -> {
            try {
                return (SparkTransform) Class.forName(name).getConstructor().newInstance();
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("transform class " + name + " could not be created", e);
            }
        });
    }

    private static String read(TransformSource.SqlFile sql) throws TaskFailedException {
        try {
            return Files.readString(sql.file(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new TaskFailedException(SparkErrors.INPUT_NOT_FOUND, "transform '" + sql.name()
                    + "': cannot read " + sql.file() + ": " + e.getMessage());
        }
    }
}
