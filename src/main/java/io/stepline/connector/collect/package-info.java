/**
 * API collectors declared in YAML ({@code connectors/NAME.yaml}): the manifest format and its
 * validation, the HTTP engine (auth, pagination, record selection, retries, rate limits) and the
 * {@code stepline:collect:CONNECTOR} task writing JSON Lines or Parquet datasets, or streaming into a
 * sink connection's table through {@code io.stepline.connector.jdbc.SinkBatches}, with incremental
 * cursors and mid-pagination checkpoints. See docs/collectors.md. The fake APIs of the examples live apart,
 * in {@code fake}.
 */
package io.stepline.connector.collect;
