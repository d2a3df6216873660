/**
 * Built-in Spark transforms, run as {@code stepline:spark:NAME} with no configuration:
 * {@code dedupe}, {@code join}, {@code filter}, {@code sessionize}, {@code aggregate},
 * {@code select}, {@code union}. Each class documents its parameters; docs/connectors.md lists
 * them with examples.
 */
package io.stepline.connector.spark.builtin;
