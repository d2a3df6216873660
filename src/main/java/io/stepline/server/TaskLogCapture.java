package io.stepline.server;

import io.stepline.config.secret.Redactor;
import io.stepline.runtime.task.TaskLogContext;
import io.stepline.store.TaskLogLine;
import io.stepline.store.TaskLogs;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.Appender;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.config.Property;

/**
 * Captures the log lines tasks write (INFO and above, on the thread running the task, which
 * carries a {@link TaskLogContext}) into the store, masked of secrets, for the UI's per-state
 * logs. One log4j2 appender on the root logger, added when the first server starts; the console
 * keeps its own threshold. Lines are queued and written in batches off the task's thread; when the queue
 * is full (the store is slow), lines are dropped rather than slowing tasks down.
 */
final class TaskLogCapture implements AutoCloseable {
    private static final String NAME = "stepline-task-logs";
    private static final int QUEUE = 50_000;
    /** The captures of the servers running in this process; one appender feeds them all. */
    private static final List<TaskLogCapture> ACTIVE = new CopyOnWriteArrayList<>();
    private static Appender installed;
    private final BlockingQueue<TaskLogLine> queue = new ArrayBlockingQueue<>(QUEUE);
    private final TaskLogs sink;
    private final ScheduledExecutorService writer;

    private TaskLogCapture(TaskLogs sink) {
        this.sink = sink;
        this.writer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "stepline-task-log-writer");
            thread.setDaemon(true);
            return thread;
        });
        writer.scheduleWithFixedDelay(this::flush, 200, 200, TimeUnit.MILLISECONDS);
    }

    static TaskLogCapture start(TaskLogs sink) {
        TaskLogCapture capture = new TaskLogCapture(sink);
        install();
        ACTIVE.add(capture);
        return capture;
    }

    /**
     * Adds the appender to the root logger at INFO, once per process. The root's other appenders
     * keep the root's threshold (the console stays quiet); only this one sees INFO lines.
     */
    private static synchronized void install() {
        if (installed != null) {
            return;
        }
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        Configuration configuration = context.getConfiguration();
        LoggerConfig root = configuration.getRootLogger();
        Level threshold = root.getLevel();
        for (var ref : List.copyOf(root.getAppenderRefs())) {
            Appender existing = configuration.getAppender(ref.getRef());
            if (existing != null && ref.getLevel() == null) {
                root.removeAppender(ref.getRef());
                root.addAppender(existing, threshold, ref.getFilter());
            }
        }
        Appender appender = new CapturingAppender();
        appender.start();
        configuration.addAppender(appender);
        root.addAppender(appender, Level.INFO, null);
        if (!threshold.isLessSpecificThan(Level.INFO)) {
            root.setLevel(Level.INFO);
        }
        context.updateLoggers();
        installed = appender;
    }

    /** Writes what is queued now (the logs endpoint calls it, so a line just written shows). */
    synchronized void flush() {
        List<TaskLogLine> batch = new ArrayList<>();
        queue.drainTo(batch, 5_000);
        while (!batch.isEmpty()) {
            try {
                sink.append(batch);
            } catch (RuntimeException e) {
                // The store is down: these lines are lost, the tasks go on.
                return;
            }
            batch.clear();
            queue.drainTo(batch, 5_000);
        }
    }

    @Override
    public void close() {
        ACTIVE.remove(this);
        writer.shutdown();
        flush();
    }

    private static final class CapturingAppender extends AbstractAppender {
        CapturingAppender() {
            super(NAME, null, null, true, Property.EMPTY_ARRAY);
        }

        @Override
        public void append(LogEvent event) {
            var data = event.getContextData();
            String execution = data.getValue(TaskLogContext.EXECUTION);
            if (execution == null || ACTIVE.isEmpty()) {
                return;
            }
            String attempt = data.getValue(TaskLogContext.ATTEMPT);
            String message = event.getMessage().getFormattedMessage();
            if (event.getThrown() != null) {
                message = message + " (" + event.getThrown().getClass().getSimpleName() + ": "
                        + event.getThrown().getMessage() + ")";
            }
            TaskLogLine line = new TaskLogLine(execution, data.getValue(TaskLogContext.STATE),
                    attempt == null ? 0 : Integer.parseInt(attempt), event.getTimeMillis(), event.getLevel().name(),
                    Redactor.redact(message));
            // Each server's store keeps the lines of its own executions (others' are dropped there).
            for (TaskLogCapture capture : ACTIVE) {
                capture.queue.offer(line);
            }
        }
    }
}
