/**
 * Benchmarks run by {@code scripts/bench}: main classes on the test classpath, not JUnit tests.
 * {@link io.stepline.bench.EngineBench} drives {@code scripts/bench engine}: it writes the ASL
 * workloads, runs Stepline ({@link io.stepline.bench.SteplineRunner}), the raw Camel floor
 * ({@link io.stepline.bench.CamelFloor}) and the Node peer ({@code bench/engine/peer.mjs}) one
 * after another in fresh processes, and prints ratios against the targets.
 * {@link io.stepline.bench.DurableBench} drives {@code scripts/bench durable}: durable executions
 * against the same database's raw commits (H2 and PostgreSQL), a 25,000-event history, and
 * 10,000 executions parked in a Wait, each measured in a fresh process.
 */
package io.stepline.bench;
