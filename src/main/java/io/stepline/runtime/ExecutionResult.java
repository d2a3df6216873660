package io.stepline.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.runtime.history.HistoryEvent;
import java.util.List;

/** How an execution ended: its output when it succeeded, else its error and cause (either may be null). */
public record ExecutionResult(String executionArn, ExecutionStatus status, JsonNode output, String error,
        String cause, List<HistoryEvent> history) {

    public boolean succeeded() {
        return status == ExecutionStatus.SUCCEEDED;
    }
}
