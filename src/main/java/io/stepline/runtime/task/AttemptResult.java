package io.stepline.runtime.task;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.connector.TaskFailedException;

/** How one task attempt ended: a value, an ASL failure, stopped by the engine, or a connector fault. */
record AttemptResult(JsonNode value, TaskFailedException failure, boolean stopped, RuntimeException fault) {

    static AttemptResult of(JsonNode value) {
        return new AttemptResult(value, null, false, null);
    }

    static AttemptResult failedWith(TaskFailedException failure) {
        return new AttemptResult(null, failure, false, null);
    }

    static AttemptResult stoppedByEngine() {
        return new AttemptResult(null, null, true, null);
    }

    static AttemptResult faulted(RuntimeException fault) {
        return new AttemptResult(null, null, false, fault);
    }
}
