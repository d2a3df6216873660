package io.stepline.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepline.store.ExecutionFilter;
import io.stepline.store.ExecutionRecord;
import io.stepline.store.ExecutionStatus;
import io.stepline.store.jdbc.EmbeddedPostgresServer;
import io.stepline.store.jdbc.JdbcExecutionStore;
import io.stepline.store.jdbc.StoreSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two {@code stepline worker --pipelines} processes (separate JVMs) over one PostgreSQL database
 * share a schedule firing every second as a Quartz cluster: each fire is taken by one of them and
 * each interval runs exactly once; when the one taking the fires is killed (SIGKILL), the other
 * takes over.
 */
@Timeout(value = 150, unit = TimeUnit.SECONDS)
class ClusteredScheduleTest {
    private static final Duration STARTUP = Duration.ofSeconds(60);
    /** Quartz declares a silent instance dead after its check-in interval (5 s) and 7.5 s of grace. */
    private static final Duration FAILOVER = Duration.ofSeconds(45);

    @TempDir
    Path directory;

    @Test
    void twoWorkerProcessesFireEachIntervalOnceAndOneTakesOverWhenTheOtherIsKilled() throws Exception {
        StoreSettings database = EmbeddedPostgresServer.freshDatabase("schedule_processes");
        Path config = writeConfig(database);
        Path pipelines = tickPipeline();
        List<WorkerJvm> workers = new ArrayList<>();
        try (JdbcExecutionStore store = JdbcExecutionStore.open(database)) { // migrated before the workers start
            // one after the other: the second joins a cluster that is already firing
            workers.add(WorkerJvm.start("a", config, pipelines, directory));
            ScheduleFixture.await("worker a ready", STARTUP, workers.get(0)::ready);
            workers.add(WorkerJvm.start("b", config, pipelines, directory));
            ScheduleFixture.await("worker b ready", STARTUP, workers.get(1)::ready);
            int firedBefore = fireCount(workers);
            ScheduleFixture.await("two fires with both workers up", STARTUP, () -> fireCount(workers) >= firedBefore + 2);

            WorkerJvm firing = lastToFire(workers);
            WorkerJvm survivor = firing == workers.get(0) ? workers.get(1) : workers.get(0);
            firing.kill();
            Instant killed = Instant.now();
            ScheduleFixture.await("the survivor's fires after the kill", FAILOVER, () -> survivor.fires().stream()
                    .filter(f -> f.scheduledTime().isAfter(killed) && f.startedRun() != null).count() >= 2);
            survivor.kill();

            List<WorkerJvm.Fired> fires = workers.stream().flatMap(w -> w.fires().stream()).toList();
            assertThat(fires.stream().map(WorkerJvm.Fired::scheduledTime))
                    .as("each fire taken by one worker").doesNotHaveDuplicates();
            Map<String, ExecutionRecord> runs = store.executions(new ExecutionFilter("tick", null, 10_000)).stream()
                    .collect(Collectors.toMap(ExecutionRecord::name, Function.identity()));
            List<String> started = fires.stream().map(WorkerJvm.Fired::startedRun).filter(Objects::nonNull).toList();
            assertThat(started).as("one run per interval, each started by one fire").doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(runs.keySet());
            // a run the killed worker had in flight stays RUNNING until its lease (30 s) runs out
            assertThat(runs.values()).filteredOn(r -> r.status() != ExecutionStatus.RUNNING)
                    .allMatch(r -> r.status() == ExecutionStatus.SUCCEEDED);
            assertThat(runs.values()).filteredOn(r -> r.status() == ExecutionStatus.RUNNING).hasSizeLessThanOrEqualTo(1);
        } catch (Throwable failure) {
            StringBuilder outputs = new StringBuilder(String.valueOf(failure.getMessage()));
            for (WorkerJvm worker : workers) {
                outputs.append("\n--- worker ").append(worker.id).append(" (").append(worker.output).append(") ---\n")
                        .append(worker.text());
            }
            throw new AssertionError(outputs.toString(), failure);
        } finally {
            for (WorkerJvm worker : workers) {
                worker.close();
            }
        }
    }

    private static int fireCount(List<WorkerJvm> workers) {
        return workers.stream().mapToInt(w -> w.fires().size()).sum();
    }

    /** The worker that took the latest fire: it holds the schedule's next trigger, so killing it tests failover. */
    private static WorkerJvm lastToFire(List<WorkerJvm> workers) {
        return workers.stream().filter(w -> !w.fires().isEmpty())
                .max(Comparator.comparing(w -> w.fires().get(w.fires().size() - 1).scheduledTime())).orElseThrow();
    }

    private Path writeConfig(StoreSettings database) throws Exception {
        Path config = directory.resolve("stepline.yaml");
        Files.writeString(config, String.join("\n", "store:", "  url: \"" + database.url() + "\"",
                "  user: " + database.user(), "  password: \"" + database.password() + "\"", ""));
        return config;
    }

    /** The tick pipeline (fires every second) alone in a pipelines directory. */
    private Path tickPipeline() throws Exception {
        Path pipelines = directory.resolve("pipelines");
        Path tick = Files.createDirectories(pipelines.resolve("tick"));
        for (String file : List.of("pipeline.yaml", "tick.asl.json")) {
            Files.copy(ScheduleFixture.PIPELINES.resolve("tick").resolve(file), tick.resolve(file));
        }
        return pipelines;
    }
}
