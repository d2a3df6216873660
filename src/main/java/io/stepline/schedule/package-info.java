/**
 * Schedules and backfills of pipelines (docs/schedules.md): the settings file beside a
 * definition ({@code pipeline.yaml}), data intervals and the deterministic execution names they
 * give, Quartz firing cron schedules from a JDBC job store in Stepline's database (clustered on
 * PostgreSQL), catch-up after downtime, concurrency and pause, trailing-window reprocessing, and
 * backfills over date ranges in a bounded lane that never delays a scheduled run.
 */
package io.stepline.schedule;
