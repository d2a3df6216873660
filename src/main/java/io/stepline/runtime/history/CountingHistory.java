package io.stepline.runtime.history;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** Numbers events without keeping them: the cheapest history, for EXPRESS runs nobody inspects. */
public final class CountingHistory implements History {
    private final AtomicLong lastId = new AtomicLong();

    @Override
    public long record(long previousEventId, long timestamp, HistoryEventType type, EventDetails details) {
        return lastId.incrementAndGet();
    }

    @Override
    public List<HistoryEvent> events() {
        return List.of();
    }
}
