package io.stepline.durable.crash;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.engine.DurableExecutions;
import io.stepline.engine.MachineDefinition;
import io.stepline.engine.Stepline;
import io.stepline.json.Json;
import io.stepline.store.ExecutionRecord;
import io.stepline.store.ExecutionStatus;
import io.stepline.store.StoredEvent;
import io.stepline.store.jdbc.JdbcExecutionStore;
import io.stepline.store.jdbc.StoreSettings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a worker process with SIGKILL at 50 random points while it runs executions with Task,
 * Wait, Parallel, Map, Retry and Catch, restarting it each time; then checks every execution ended
 * exactly as an uninterrupted run of the same input: same status, same output, same events (the
 * same multiset of event types and details, and the same sequence on the top-level path).
 */
@Tag("crash")
@Timeout(value = 15, unit = TimeUnit.MINUTES)
class CrashResumeTest {
    private static final int KILLS = 50;
    private static final long SEED = 20261125L;

    @TempDir
    Path directory;

    @Test
    void everyExecutionEndsAsAnUninterruptedRunWould() throws Exception {
        String definition = Files.readString(Path.of("src/test/resources/durable/crash.asl.json"));
        Path config = writeConfig(directory.resolve("crashed"));
        Random random = new Random(SEED);
        Map<String, JsonNode> inputs = new LinkedHashMap<>();
        int killsWithWorkInFlight = 0;
        try (JdbcExecutionStore store = JdbcExecutionStore.open(settings(directory.resolve("crashed")));
                Stepline engine = Stepline.start(configNode(config))) {
            DurableExecutions durable = engine.durable(store);
            for (int kill = 0; kill < KILLS; kill++) {
                int starts = kill == 0 ? 4 : 1;
                for (int i = 0; i < starts; i++) {
                    JsonNode input = input(inputs.size());
                    String name = "run-" + inputs.size();
                    durable.start(MachineDefinition.text("crash", definition), name, input, false);
                    inputs.put(name, input);
                }
                WorkerProcess worker = WorkerProcess.start(config, "crash-worker");
                assertThat(worker.awaitReady(60)).as("worker started:%n%s", worker.output()).isTrue();
                Thread.sleep(random.nextInt(1500));
                if (!store.runningExecutions().isEmpty()) {
                    killsWithWorkInFlight++;
                }
                worker.kill();
            }
            WorkerProcess last = WorkerProcess.start(config, "crash-worker");
            assertThat(last.awaitReady(60)).isTrue();
            long deadline = System.currentTimeMillis() + TimeUnit.MINUTES.toMillis(4);
            while (!store.runningExecutions().isEmpty() && System.currentTimeMillis() < deadline) {
                Thread.sleep(250);
            }
            last.kill();
            assertThat(store.runningExecutions()).as("executions left running").isEmpty();
            assertThat(killsWithWorkInFlight).as("kills that hit running executions").isGreaterThanOrEqualTo(KILLS - 2);
            Map<String, Ending> crashed = endings(store, inputs.keySet());
            Map<String, Ending> uninterrupted = referenceRuns(definition, inputs);
            for (String name : inputs.keySet()) {
                Ending actual = crashed.get(name);
                Ending expected = uninterrupted.get(name);
                assertThat(actual.status()).as(name).isEqualTo(expected.status());
                assertThat(actual.output()).as(name).isEqualTo(expected.output());
                assertThat(actual.topLevel()).as(name + " top-level events").isEqualTo(expected.topLevel());
                assertThat(actual.events()).as(name + " events").containsExactlyInAnyOrderElementsOf(expected.events());
            }
        }
    }

    /** What is compared: status, output, all events (without ids and times), the top-level sequence. */
    private record Ending(ExecutionStatus status, JsonNode output, List<String> events, List<String> topLevel) {
    }

    private static Map<String, Ending> endings(JdbcExecutionStore store, Iterable<String> names) {
        Map<String, Ending> endings = new LinkedHashMap<>();
        for (String name : names) {
            String arn = "arn:aws:states:local:000000000000:execution:crash:" + name;
            ExecutionRecord record = store.execution(arn).orElseThrow();
            List<String> events = new ArrayList<>();
            List<String> topLevel = new ArrayList<>();
            for (StoredEvent event : store.events(arn, 0, 100_000)) {
                String canonical = event.type() + " " + event.details();
                events.add(canonical);
                if ("0".equals(event.pathId())) {
                    topLevel.add(canonical);
                }
            }
            endings.put(name, new Ending(record.status(), record.output(), events, topLevel));
        }
        return endings;
    }

    private Map<String, Ending> referenceRuns(String definition, Map<String, JsonNode> inputs) throws Exception {
        Path reference = directory.resolve("reference");
        try (JdbcExecutionStore store = JdbcExecutionStore.open(settings(reference));
                Stepline engine = Stepline.start(configNode(writeConfig(reference)))) {
            DurableExecutions durable = engine.durable(store);
            List<DurableExecutions.Start> starts = new ArrayList<>();
            for (var input : inputs.entrySet()) {
                starts.add(durable.start("crash", definition, input.getKey(), input.getValue()));
            }
            for (DurableExecutions.Start start : starts) {
                start.execution().result().get(2, TimeUnit.MINUTES);
            }
            return endings(store, inputs.keySet());
        }
    }

    private static JsonNode input(int index) {
        var input = Json.NODES.objectNode().put("n", index);
        var items = input.putArray("items");
        for (int i = 0; i <= index % 4; i++) {
            items.add(index * 10 + i);
        }
        return input;
    }

    private static StoreSettings settings(Path where) {
        return StoreSettings.embedded(where.resolve("stepline"));
    }

    private static Path writeConfig(Path where) throws Exception {
        Files.createDirectories(where);
        Path config = where.resolve("stepline.yaml");
        String functions = "io.stepline.durable.crash.CrashFunctions$";
        Files.writeString(config, String.join("\n",
                "store:",
                "  url: jdbc:h2:file:" + where.resolve("stepline"),
                "functions:",
                "  double: {class: " + functions + "Double}",
                "  flaky: {class: " + functions + "FlakyOnce}",
                "  broken: {class: " + functions + "Broken}",
                ""), StandardCharsets.UTF_8);
        return config;
    }

    private static JsonNode configNode(Path config) throws Exception {
        return io.stepline.config.ConfigLoader.load(config);
    }
}
