package io.stepline.engine;

import io.stepline.runtime.task.TaskTokens;
import io.stepline.store.ExecutionStore;
import io.stepline.store.TaskTokenRecord;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers callbacks that another process wrote to the store (a {@code stepline task success}
 * run from a shell, another engine's API) to the tasks waiting in this engine, and passes on
 * their heartbeats. Callbacks sent through this engine are delivered at once without it.
 */
final class TokenWatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TokenWatcher.class);
    private static final long PERIOD_MILLIS = 500;

    private final ExecutionStore store;
    private final TaskTokens tokens;
    private final Map<String, Long> heartbeats = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timer;

    TokenWatcher(ExecutionStore store, TaskTokens tokens) {
        this.store = store;
        this.tokens = tokens;
        this.timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "stepline-token-watcher");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(this::poll, PERIOD_MILLIS, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
    }

    private void poll() {
        try {
            for (String token : tokens.waitingTokens()) {
                store.taskToken(token).ifPresent(this::deliver);
            }
        } catch (RuntimeException e) {
            LOG.warn("could not check callback tokens: {}", e.getMessage());
        }
    }

    private void deliver(TaskTokenRecord record) {
        switch (record.status()) {
            case SUCCEEDED -> tokens.succeed(record.token(), record.output());
            case FAILED -> tokens.fail(record.token(), record.error(), record.cause());
            case CLOSED -> { } // its attempt ended here already, or will with its execution
            case WAITING -> {
                Long beat = record.heartbeatDeadline();
                if (beat != null && !beat.equals(heartbeats.put(record.token(), beat))) {
                    tokens.heartbeat(record.token());
                }
            }
        }
    }

    @Override
    public void close() {
        BackgroundTimer.stop(timer);
    }
}
