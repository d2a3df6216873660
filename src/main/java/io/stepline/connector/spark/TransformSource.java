package io.stepline.connector.spark;

import java.nio.file.Path;

/** Where a transform's logic comes from; resolved when binding, run by {@link TransformRunner}. */
public sealed interface TransformSource {

    /** The name the resource gave ({@code journeys} in {@code stepline:spark:journeys}). */
    String name();

    /** A Java class implementing {@link SparkTransform} (built-in or declared in config). */
    record JavaClass(String name, String className) implements TransformSource {
    }

    /** A Spark SQL query in a file: inputs are temp views, parameters are {@code :name} markers. */
    record SqlFile(String name, Path file) implements TransformSource {
    }
}
