package io.stepline.runtime.history;

import java.util.ArrayList;
import java.util.List;

/** Keeps every event in memory: for tests, the CLI and EXPRESS runs that ask for their history. */
public final class InMemoryHistory implements History {
    private final List<HistoryEvent> events = new ArrayList<>();

    @Override
    public synchronized long record(long previousEventId, long timestamp, HistoryEventType type,
            EventDetails details) {
        long id = events.size() + 1L;
        events.add(new HistoryEvent(id, previousEventId, timestamp, type, details));
        return id;
    }

    @Override
    public synchronized List<HistoryEvent> events() {
        return List.copyOf(events);
    }
}
