package io.stepline.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.runtime.error.ExecutionTimedOut;
import io.stepline.runtime.error.PathCancelled;
import io.stepline.runtime.error.StateFailure;
import io.stepline.runtime.history.EventDetails;
import io.stepline.runtime.history.HistoryEventType;
import io.stepline.runtime.time.Cancellation;
import io.stepline.runtime.time.Timeline;
import org.apache.camel.Exchange;

/**
 * One path through one graph: the machine's top level, a Parallel branch or a Map iteration.
 * It carries the value flowing between states and the index of the state to run next; steps
 * read and write it. A frame is only ever touched by one thread at a time.
 */
public final class Frame {
    /** {@link #next} when the graph has ended. */
    public static final int END = -1;

    private final Execution execution;
    private final Variables variables;
    private final Timeline timeline;
    private final Cancellation cancellation;
    private JsonNode value;
    private int next;
    private long lastEventId;
    private StateFailure failure;
    private RuntimeException interruption;
    private Exchange exchange;

    public Frame(Execution execution, Variables variables, Timeline timeline, Cancellation cancellation,
            JsonNode value, int start, long lastEventId) {
        this.execution = execution;
        this.variables = variables;
        this.timeline = timeline;
        this.cancellation = cancellation;
        this.value = value;
        this.next = start;
        this.lastEventId = lastEventId;
    }

    public Execution execution() {
        return execution;
    }

    public Variables variables() {
        return variables;
    }

    public Timeline timeline() {
        return timeline;
    }

    public Cancellation cancellation() {
        return cancellation;
    }

    public JsonNode value() {
        return value;
    }

    public int next() {
        return next;
    }

    /** Sets the value the next state receives and which state that is. */
    public void continueWith(JsonNode output, int nextState) {
        this.value = output;
        this.next = nextState;
    }

    public long lastEventId() {
        return lastEventId;
    }

    /** Records an event on this path; its previous event is this path's last one. */
    public long record(HistoryEventType type, EventDetails details) {
        lastEventId = execution.history().record(lastEventId, timeline.now(), type, details);
        return lastEventId;
    }

    /**
     * Records an event that the path's next event does not link to, as AWS records
     * ParallelStateSucceeded, MapStateSucceeded and MapIteration{Succeeded,Failed,Aborted}.
     */
    public long recordAside(HistoryEventType type, EventDetails details) {
        return execution.history().record(lastEventId, timeline.now(), type, details);
    }

    /** Continues this path after child paths (branches, iterations) whose last event is {@code eventId}. */
    public void continueAfter(long eventId) {
        lastEventId = Math.max(lastEventId, eventId);
    }

    /** Stops the path with an ASL error; the scope runner rethrows it. */
    public void fail(StateFailure stateFailure) {
        this.failure = stateFailure;
        this.next = END;
    }

    /** Stops the path because of a time-out or cancellation; the scope runner rethrows it. */
    public void interrupt(RuntimeException reason) {
        this.interruption = reason;
        this.next = END;
    }

    /** Throws what stopped the path, if anything did. */
    void rethrowStop() throws StateFailure {
        if (interruption != null) {
            throw interruption;
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** Fails fast when the run was stopped or the machine's time is up; called on every transition. */
    public void checkRunning() {
        if (cancellation.isCancelled()) {
            throw new PathCancelled();
        }
        if (execution.deadline() != Long.MAX_VALUE && timeline.now() >= execution.deadline()) {
            throw new ExecutionTimedOut();
        }
    }

    /**
     * Sleeps on this path's timeline, waking early when the run is stopped; the machine's
     * deadline ends the sleep (and the run) when it comes first.
     */
    public void sleep(long millis) {
        long wakeAt = timeline.now() + Math.max(0, millis);
        try {
            timeline.sleepUntil(wakeAt, execution.deadline(), cancellation);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PathCancelled();
        }
        checkRunning();
    }

    Exchange exchange() {
        return exchange;
    }

    void exchange(Exchange exchange) {
        this.exchange = exchange;
    }
}
