package io.stepline.runtime.history;

/** One event of an execution's history; ids start at 1 and increase in recording order. */
public record HistoryEvent(long id, long previousEventId, long timestamp, HistoryEventType type,
        EventDetails details) {
}
