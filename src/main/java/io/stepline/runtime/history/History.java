package io.stepline.runtime.history;

import java.util.List;

/**
 * Where an execution's events go. Every execution numbers its events exactly as Step Functions
 * does (error causes quote those numbers); whether the events are kept is the recorder's choice.
 */
public interface History {

    /** Records an event and returns its id. */
    long record(long previousEventId, long timestamp, HistoryEventType type, EventDetails details);

    /** The events kept so far, in id order (empty for recorders that only count). */
    List<HistoryEvent> events();
}
