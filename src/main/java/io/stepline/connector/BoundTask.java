package io.stepline.connector;

import com.fasterxml.jackson.databind.JsonNode;

/** A resource ready to run: invoked once per attempt, possibly from many threads at once. */
public interface BoundTask {

    /**
     * How the history names this task's events: Lambda function events, or (the default) task
     * events, as every AWS service integration other than Lambda's has them.
     */
    default HistoryShape historyShape() {
        return HistoryShape.TASK;
    }

    /** {@code resourceType} of task events (e.g. {@code lambda}, {@code stepline-spark}). */
    String resourceType();

    /** {@code resource} of task events (e.g. {@code invoke}, a transform name). */
    String resourceName();

    /**
     * Runs one attempt. Failures the state machine may retry or catch are
     * {@link TaskFailedException}s; anything else is a fault in the connector.
     */
    JsonNode invoke(TaskRequest request) throws TaskFailedException, InterruptedException;

    enum HistoryShape { LAMBDA_FUNCTION, TASK }
}
