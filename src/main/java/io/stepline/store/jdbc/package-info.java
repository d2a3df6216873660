/**
 * The execution store on JDBC: one implementation for embedded H2 (the default, a file under
 * {@code ./data}) and PostgreSQL. {@link io.stepline.store.jdbc.JdbcExecutionStore#open} takes
 * {@link io.stepline.store.jdbc.StoreSettings}, migrates the schema with Flyway and pools
 * connections with HikariCP.
 *
 * <p>Choices, and why:
 * <ul>
 * <li>Migrations: {@code db/migration/common} is one SQL text for both databases, with two
 * Flyway placeholders for the column types that differ; {@code db/migration/h2} and
 * {@code db/migration/postgresql} hold what cannot be shared (Quartz's own DDL per vendor).
 * History table: {@code stepline_schema_history}.</li>
 * <li>JSON is TEXT on both. PostgreSQL's JSONB would parse every value on the hot path and
 * reorder object members, while the store never queries inside JSON and AWS returns members in
 * their order. H2's TEXT is an inline CHARACTER VARYING (no LOB indirection); out-of-line
 * payloads are CLOB on H2 (streamed, kept out of B-tree pages).</li>
 * <li>H2 runs with WRITE_DELAY=0 (see {@link io.stepline.store.jdbc.StoreSettings}): a killed
 * process loses no acknowledged transition; H2 does not fsync, PostgreSQL is for power-loss
 * durability.</li>
 * <li>A transition is one transaction of one batch per kind of row (events, path upserts,
 * path deletes, token upserts) plus the execution row when it ends or is redriven; upserts are
 * the one statement that differs by database ({@link io.stepline.store.jdbc.Dialect}). On
 * PostgreSQL a plain transition (events and path upserts only) is instead one autocommit
 * statement, one round trip and one WAL flush ({@link io.stepline.store.jdbc.PostgresOneStatement};
 * docs/store-throughput.md).</li>
 * <li>H2's file is opened through its {@code async:} file system: an interrupted thread cannot
 * close the store for everyone ({@link io.stepline.store.jdbc.StoreSettings#H2_FILE_SYSTEM}).</li>
 * <li>Races are settled by keys, never by check-then-insert: a name taken by a concurrent
 * start, a version number taken by a concurrent registration, a payload saved twice.</li>
 * </ul>
 */
package io.stepline.store.jdbc;
