package io.stepline.connector.spark;

import static io.stepline.connector.spark.SparkPipelines.json;
import static io.stepline.connector.spark.SparkPipelines.write;
import static org.assertj.core.api.Assertions.assertThat;

import io.stepline.engine.DurableExecutions;
import io.stepline.engine.MachineDefinition;
import io.stepline.engine.Stepline;
import io.stepline.store.ExecutionRecord;
import io.stepline.store.ExecutionStatus;
import io.stepline.store.jdbc.JdbcExecutionStore;
import io.stepline.store.jdbc.StoreSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A durable execution keeps the directory of the file its definition was read from: another
 * engine (a worker, a scheduler, a process after a crash) that runs it finds the SQL file beside
 * the definition, not one relative to its own working directory.
 */
class DurableSqlFileTest {
    private static final String DEFINITION = """
            {"StartAt": "Count", "States": {
              "Count": {"Type": "Task", "Resource": "stepline:spark:count",
                "Parameters": {"Inputs": {"numbers.$": "$.numbers"},
                               "Outputs": {"total": {"uri.$": "$.out", "format": "json"}}},
                "ResultSelector": {"rows.$": "$.outputs.total.rows"},
                "End": true}}}
            """;

    @TempDir
    Path folder;

    @Test
    void aWorkerRunsTheExecutionWithTheFilesBesideItsDefinition() throws Exception {
        Path pipeline = folder.resolve("pipelines/count");
        write(pipeline.resolve("count.asl.json"), DEFINITION);
        write(pipeline.resolve("count.sql"), "SELECT n FROM numbers WHERE n > 1");
        write(folder.resolve("numbers.csv"), "n", "1", "2", "3");
        String input = """
                {"numbers": "%s", "out": "%s"}""".formatted(folder.resolve("numbers.csv"), folder.resolve("out"));

        StoreSettings settings = StoreSettings.embedded(folder.resolve("store/stepline"));
        String arn;
        try (JdbcExecutionStore store = JdbcExecutionStore.open(settings);
                Stepline starter = Stepline.start(json("{}"))) {
            // recorded only (stepline run --detach): another engine runs it
            arn = starter.durable(store).start(MachineDefinition.read(pipeline.resolve("count.asl.json")), "once",
                    json(input), false).record().executionArn();
        }
        try (JdbcExecutionStore store = JdbcExecutionStore.open(settings);
                Stepline worker = Stepline.start(json("{}"))) {
            DurableExecutions durable = worker.durable(store);
            assertThat(durable.resumeAll()).isEqualTo(1);
            ExecutionRecord record = awaitEnd(durable, arn);

            assertThat(record.status()).as(record.toString()).isEqualTo(ExecutionStatus.SUCCEEDED);
            assertThat(record.output().get("rows").asLong()).isEqualTo(2);
            assertThat(durable.version(record).orElseThrow().sourceFile())
                    .isEqualTo(pipeline.resolve("count.asl.json").toAbsolutePath().toString());
        }
    }

    private static ExecutionRecord awaitEnd(DurableExecutions durable, String arn) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        ExecutionRecord record = durable.describe(arn).orElseThrow();
        while (record.status() == ExecutionStatus.RUNNING && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            record = durable.describe(arn).orElseThrow();
        }
        return record;
    }
}
