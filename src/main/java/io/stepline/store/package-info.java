/**
 * Where durable executions live: state machine versions, executions, their history (appends),
 * the checkpoint of every running path, callback tokens and large payloads. {@link
 * io.stepline.store.ExecutionStore} is the SPI; {@code store.jdbc} implements it for H2 and
 * PostgreSQL with Flyway migrations and a HikariCP pool.
 */
package io.stepline.store;
