/**
 * Model scoring: {@code stepline:score:MODEL} scores a dataset with a Spark MLlib
 * {@code PipelineModel} on the process's shared Spark session, and records the model's name,
 * version and location in the task result (so the execution history says which model scored
 * which data). See docs/connectors.md, "Model scoring".
 */
package io.stepline.connector.scoring;
