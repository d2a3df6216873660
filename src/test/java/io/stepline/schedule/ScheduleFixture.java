package io.stepline.schedule;

import io.stepline.engine.DurableExecutions;
import io.stepline.engine.Stepline;
import io.stepline.json.Json;
import io.stepline.store.ExecutionRecord;
import io.stepline.store.ExecutionFilter;
import io.stepline.store.jdbc.JdbcExecutionStore;
import io.stepline.store.jdbc.StoreSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;

/** An engine over a fresh store, and the test pipelines of src/test/resources/schedule. */
final class ScheduleFixture implements AutoCloseable {
    static final Path PIPELINES = Path.of("src/test/resources/schedule");

    final JdbcExecutionStore store;
    final Stepline engine;
    final DurableExecutions durable;

    ScheduleFixture(StoreSettings settings) {
        this.store = JdbcExecutionStore.open(settings);
        this.engine = Stepline.start(Json.NODES.objectNode());
        this.durable = engine.durable(store);
    }

    static ScheduleFixture h2() {
        try {
            Path directory = Files.createTempDirectory("stepline-schedule");
            directory.toFile().deleteOnExit();
            return new ScheduleFixture(StoreSettings.embedded(directory.resolve("stepline")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PipelineSettings pipeline(String directory) {
        try {
            return PipelineSettingsReader.read(PIPELINES.resolve(directory));
        } catch (SettingsException e) {
            throw new IllegalStateException(e.getMessage());
        }
    }

    /** {@code base} with its one schedule replaced by {@code schedule}, under another pipeline name. */
    static PipelineSettings with(PipelineSettings base, String name, ScheduleSpec schedule, String input) {
        try {
            var merged = base.input().deepCopy();
            merged.setAll((com.fasterxml.jackson.databind.node.ObjectNode) Json.parse(input));
            return new PipelineSettings(name, base.definitionFile(), base.type(), merged, List.of(schedule));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<ExecutionRecord> executions(String pipeline) {
        return durable.list(new ExecutionFilter(pipeline, null, 10_000));
    }

    static void await(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(50);
        }
    }

    @Override
    public void close() {
        engine.close();
        store.close();
    }
}
