package io.stepline.connector.spark;

import org.apache.spark.sql.SparkSession;

/**
 * What a transform may use besides its inputs: the task's own session (sharing the process's
 * SparkContext, with its own temp views and SQL settings) and its name for messages.
 */
public record SparkTransformContext(SparkSession spark, String transform) {
}
