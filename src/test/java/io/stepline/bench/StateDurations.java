package io.stepline.bench;

import io.stepline.runtime.history.EventDetails;
import io.stepline.runtime.history.HistoryEvent;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Seconds spent in each state of one execution, from its history (StateEntered to StateExited,
 * summed when a state runs more than once), in order of first entry: where a benchmarked
 * pipeline's time goes. Parallel branches overlap, so the figures add up to more than the run.
 */
final class StateDurations {
    private StateDurations() {
    }

    static Map<String, Double> of(List<HistoryEvent> history) {
        Map<String, Long> enteredAt = new HashMap<>();
        Map<String, Double> seconds = new LinkedHashMap<>();
        for (HistoryEvent event : history) {
            if (event.details() instanceof EventDetails.StateEntered entered) {
                enteredAt.put(entered.name(), event.timestamp());
                seconds.putIfAbsent(entered.name(), 0.0);
            } else if (event.details() instanceof EventDetails.StateExited exited) {
                Long start = enteredAt.remove(exited.name());
                if (start != null) {
                    seconds.merge(exited.name(), (event.timestamp() - start) / 1000.0, Double::sum);
                }
            }
        }
        return seconds;
    }

    /** {@code Clean 12.3, Journeys 45.6, ...}, states under 0.05 s left out. */
    static String format(Map<String, Double> seconds) {
        StringBuilder text = new StringBuilder();
        seconds.forEach((state, s) -> {
            if (s >= 0.05) {
                text.append(text.isEmpty() ? "" : ", ").append(state).append(String.format(" %.1f", s));
            }
        });
        return text.toString();
    }
}
