package io.stepline.store;

import java.util.List;

/**
 * Log lines of tasks, per execution, state and attempt. Each execution keeps at most {@link
 * #CAP_PER_EXECUTION} lines (its first ones, then one line saying the rest were dropped), so a
 * chatty task cannot fill the store.
 */
public interface TaskLogs {
    int CAP_PER_EXECUTION = 10_000;

    /** Appends lines of any executions; lines of an execution that does not exist are dropped. */
    void append(List<TaskLogLine> lines);

    /** An execution's lines in the order written, only those of {@code state} when it is not null. */
    List<TaskLogLine> lines(String executionArn, String state, int limit);

    /** Keeps nothing: for stores without a place for logs. */
    TaskLogs NONE = new TaskLogs() {
        @Override
        public void append(List<TaskLogLine> lines) {
        }

        @Override
        public List<TaskLogLine> lines(String executionArn, String state, int limit) {
            return List.of();
        }
    };
}
