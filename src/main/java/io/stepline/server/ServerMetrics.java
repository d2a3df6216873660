package io.stepline.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.stepline.engine.Stepline;
import io.stepline.runtime.ExecutionResult;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Prometheus metrics (Micrometer): executions started, succeeded and failed by pipeline, state
 * durations and task retries (read from each finished execution's history), the engine's queue.
 */
final class ServerMetrics {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

    ServerMetrics(Stepline engine) {
        Gauge.builder("stepline.paths.queue", engine, Stepline::pathsQueueDepth)
                .description("Path steps waiting for a worker of the engine's paths pool").register(registry);
        Gauge.builder("stepline.callbacks.waiting", engine, e -> e.tokens().waitingTokens().size())
                .description("Callback tasks waiting for SendTaskSuccess/Failure").register(registry);
    }

    void started(String pipeline) {
        Counter.builder("stepline.executions.started").tag("pipeline", pipeline).register(registry).increment();
    }

    void ended(String pipeline, ExecutionResult result) {
        if (result == null) {
            return;
        }
        String status = result.status().name();
        String name = result.succeeded() ? "stepline.executions.succeeded" : "stepline.executions.failed";
        var counter = Counter.builder(name).tag("pipeline", pipeline);
        if (!result.succeeded()) {
            counter.tag("status", status);
        }
        counter.register(registry).increment();
    }

    /** State durations and task retries of one finished execution, from its history events. */
    void recordHistory(String pipeline, List<? extends JsonNode> events) {
        Map<String, Double> enteredAt = new HashMap<>();
        Map<String, Integer> scheduled = new HashMap<>();
        String current = null;
        for (JsonNode event : events) {
            String type = event.path("type").asText();
            double seconds = event.path("timestamp").asDouble();
            if (type.endsWith("StateEntered")) {
                current = event.path("stateEnteredEventDetails").path("name").asText();
                enteredAt.put(current, seconds);
            } else if (type.endsWith("StateExited")) {
                String state = event.path("stateExitedEventDetails").path("name").asText();
                Double start = enteredAt.remove(state);
                if (start != null) {
                    Timer.builder("stepline.state.duration").tag("pipeline", pipeline).tag("state", state)
                            .register(registry).record(Duration.ofMillis(Math.round((seconds - start) * 1000)));
                }
                Integer attempts = scheduled.remove(state);
                if (attempts != null && attempts > 1) {
                    Counter.builder("stepline.task.retries").tag("pipeline", pipeline).tag("state", state)
                            .register(registry).increment(attempts - 1);
                }
            } else if (type.equals("TaskScheduled") && current != null) {
                scheduled.merge(current, 1, Integer::sum);
            }
        }
    }

    /** The Prometheus text exposition of every metric. */
    String scrape() {
        return registry.scrape();
    }
}
