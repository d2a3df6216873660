/**
 * Database sinks and queries: {@code stepline:sink:CONNECTION} writes a dataset (files by
 * reference, or the state's records) into a table of a {@code type: jdbc} connection, idempotently;
 * {@code stepline:sql:CONNECTION} runs statements with bound parameters. PostgreSQL, MySQL/MariaDB,
 * H2 and DuckDB, each through its fastest bulk path. See docs/connectors.md.
 */
package io.stepline.connector.jdbc;
