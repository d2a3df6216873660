package io.stepline.runtime;

import io.stepline.runtime.history.EventDetails;
import io.stepline.runtime.history.HistoryEvent;
import java.util.List;

/**
 * A history as short lines {@code "id type previousEventId [name]"}, so a test states a whole
 * sequence as AWS's GetExecutionHistory shows it and a mismatch prints readably.
 */
public final class HistoryLines {
    private HistoryLines() {
    }

    public static List<String> of(ExecutionResult result) {
        return result.history().stream().map(HistoryLines::line).toList();
    }

    static String line(HistoryEvent event) {
        String line = event.id() + " " + event.type() + " " + event.previousEventId();
        if (event.details() instanceof EventDetails.StateEntered entered) {
            return line + " " + entered.name();
        }
        if (event.details() instanceof EventDetails.StateExited exited) {
            return line + " " + exited.name();
        }
        if (event.details() instanceof EventDetails.MapIteration iteration) {
            return line + " " + iteration.name() + "#" + iteration.index();
        }
        return line;
    }
}
