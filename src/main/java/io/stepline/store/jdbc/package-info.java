/**
 * The execution store on JDBC: one implementation for embedded H2 (the default, a file under
 * {@code ./data}) and PostgreSQL. {@link io.stepline.store.jdbc.JdbcExecutionStore#open} takes
 * {@link io.stepline.store.jdbc.StoreSettings}, migrates the schema with Flyway
 * ({@code db/migration/common} plus {@code db/migration/h2} or {@code db/migration/postgresql})
 * and pools connections with HikariCP. A transition is one transaction of batched statements;
 * JSON values above a threshold are stored once, by content, in {@code payloads}.
 */
package io.stepline.store.jdbc;
