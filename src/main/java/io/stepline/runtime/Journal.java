package io.stepline.runtime;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Where a durable (STANDARD) execution writes its progress, so a restarted engine can resume
 * it: each call is one atomic write of the path's new history events and its checkpoint.
 * EXPRESS executions use {@link #NONE}, which writes nothing and costs nothing.
 */
public interface Journal {

    /** The path entered a new state boundary: it left a state and is about to run {@code next}. */
    void boundary(Frame path);

    /**
     * The path parked, or is about to run a task: {@code resume} says how to carry on
     * (the step's own description), {@code wakeAt} when a timer wakes it (null otherwise).
     */
    void parked(Frame path, JsonNode resume, Long wakeAt);

    /** A branch or iteration started. */
    void started(Frame path);

    /** The path ended; for the top-level path, {@code result} is how the execution ended. */
    void ended(Frame path, ExecutionResult result);

    default boolean isDurable() {
        return true;
    }

    Journal NONE = new Journal() {
        @Override
        public void boundary(Frame path) {
        }

        @Override
        public void parked(Frame path, JsonNode resume, Long wakeAt) {
        }

        @Override
        public void started(Frame path) {
        }

        @Override
        public void ended(Frame path, ExecutionResult result) {
        }

        @Override
        public boolean isDurable() {
            return false;
        }
    };
}
