/**
 * Spark transforms: {@code stepline:spark:NAME} runs a Java {@link io.stepline.connector.spark.SparkTransform}
 * (a built-in, or one declared under {@code transforms:}) or a Spark SQL file shipped beside the
 * pipeline, over datasets passed by reference ({@link io.stepline.connector.DatasetRef}), and
 * writes its outputs idempotently. One {@code SparkSession} per process, started on first use
 * ({@link io.stepline.connector.spark.SparkSessions}): binding and validation never load Spark.
 * See docs/connectors.md, "Spark transforms".
 */
package io.stepline.connector.spark;
