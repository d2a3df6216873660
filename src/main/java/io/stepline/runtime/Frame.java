package io.stepline.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.runtime.error.StateFailure;
import io.stepline.runtime.history.EventDetails;
import io.stepline.runtime.history.HistoryEvent;
import io.stepline.runtime.history.HistoryEventType;
import io.stepline.runtime.time.Cancellation;
import io.stepline.runtime.time.Scheduler;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.Exchange;

/**
 * One path through one graph: the machine's top level, a Parallel branch or a Map iteration.
 * It carries the value flowing between states and the index of the state to run next; steps
 * read and write it. A path may park (a Wait, a retry interval, a task running elsewhere, its
 * children running): it then holds no thread, and whoever wakes it hands it to a worker.
 * A frame is touched by one thread at a time; parking and waking are the only handovers.
 */
public final class Frame {
    /** {@link #next} when the graph has ended. */
    public static final int END = -1;
    /** {@link #next} while the path is parked. */
    public static final int PARKED = -2;

    private final Execution execution;
    private final String pathId;
    private final String parentPathId;
    private final Scope scope;
    private final Variables variables;
    private final Cancellation cancellation;
    private final PathListener listener;
    private JsonNode value;
    private int next;
    private long lastEventId;
    private StateFailure failure;
    private RuntimeException interruption;
    private Exchange exchange;

    private final Handover handover = new Handover();
    private int parkedState = END;
    private long closingEventId;
    private JsonNode lastResume;

    // Durable executions only: events not yet written, and the last state boundary.
    private List<HistoryEvent> unwritten;
    private int boundaryNext;
    private JsonNode boundaryValue;
    private long boundaryEventId;

    public Frame(Execution execution, String pathId, String parentPathId, Scope scope, Variables variables,
            Cancellation cancellation, JsonNode value, long lastEventId, PathListener listener) {
        this.execution = execution;
        this.pathId = pathId;
        this.parentPathId = parentPathId;
        this.scope = scope;
        this.variables = variables;
        this.cancellation = cancellation;
        this.value = value;
        this.next = scope.start();
        this.lastEventId = lastEventId;
        this.listener = listener;
        if (execution.journal().isDurable()) {
            unwritten = new ArrayList<>();
        }
    }

    /**
     * The path is ready to run its first state (a branch or iteration has recorded its first
     * events and has its input): a durable journal writes it.
     */
    public void started() {
        if (unwritten != null) {
            markBoundary();
            execution.journal().started(this);
        }
    }

    /** The path's id within its execution: "0" for the top level, "PARENT/EVENT.ATTEMPT.INDEX" below. */
    public String pathId() {
        return pathId;
    }

    /** The id of the path whose Parallel or Map state started this one, or null for the top level. */
    public String parentPathId() {
        return parentPathId;
    }

    /** The id of child {@code index} of the state visit entered at {@code enteredEventId}, in its attempt. */
    public String childPathId(long enteredEventId, int attempt, int index) {
        return childPathPrefix(enteredEventId, attempt) + index;
    }

    /** What the ids of one attempt's children start with. */
    public String childPathPrefix(long enteredEventId, int attempt) {
        return pathId + "/" + enteredEventId + "." + attempt + ".";
    }

    public Execution execution() {
        return execution;
    }

    public Scope scope() {
        return scope;
    }

    public Variables variables() {
        return variables;
    }

    public Cancellation cancellation() {
        return cancellation;
    }

    public Scheduler scheduler() {
        return execution.scheduler();
    }

    /** The execution's clock (virtual under test). */
    public long now() {
        return execution.scheduler().now();
    }

    PathListener listener() {
        return listener;
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
        lastEventId = write(lastEventId, type, details);
        return lastEventId;
    }

    private long write(long previous, HistoryEventType type, EventDetails details) {
        long timestamp = now();
        long id = execution.history().record(previous, timestamp, type, details);
        if (unwritten != null) {
            unwritten.add(new HistoryEvent(id, previous, timestamp, type, details));
        }
        return id;
    }

    /** Durable executions: the events recorded since the last write, handed to the journal. */
    public List<HistoryEvent> takeUnwritten() {
        if (unwritten == null || unwritten.isEmpty()) {
            return List.of();
        }
        List<HistoryEvent> events = List.copyOf(unwritten);
        unwritten.clear();
        return events;
    }

    /** Called when the path leaves a state: the point a redrive or restart resumes from. */
    public void reachedBoundary() {
        if (unwritten != null && next >= 0) {
            lastResume = null;
            markBoundary();
            execution.journal().boundary(this);
        }
    }

    /** Takes the current state, value and event as the path's boundary (a top-level path about to start). */
    public void markBoundary() {
        boundaryNext = next;
        boundaryValue = value;
        boundaryEventId = lastEventId;
    }

    /** How the state the path last parked in would carry on (durable executions; null after a boundary). */
    public JsonNode lastResume() {
        return lastResume;
    }

    /** A restored path parked in a state carries that state's description. */
    public void lastResume(JsonNode resume) {
        this.lastResume = resume;
    }

    /** The MapIteration* event that closed this iteration (0 for other paths). */
    public long closingEventId() {
        return closingEventId;
    }

    public void closingEventId(long id) {
        this.closingEventId = id;
    }

    /** The index of the state the path is parked in (or was last parked in). */
    public int parkedState() {
        return parkedState;
    }

    /** A restored path: where its last boundary was, and the state it is parked in, if any. */
    public void restore(int boundaryNext, JsonNode boundaryValue, long boundaryEventId, int inState) {
        this.boundaryNext = boundaryNext;
        this.boundaryValue = boundaryValue;
        this.boundaryEventId = boundaryEventId;
        this.next = boundaryNext;
        this.value = boundaryValue;
        if (inState >= 0) {
            this.parkedState = inState;
            this.next = inState;
        }
    }

    public int boundaryNext() {
        return boundaryNext;
    }

    public JsonNode boundaryValue() {
        return boundaryValue;
    }

    public long boundaryEventId() {
        return boundaryEventId;
    }

    /**
     * Records an event that the path's next event does not link to, as AWS records
     * ParallelStateSucceeded, MapStateSucceeded and MapIteration{Succeeded,Failed,Aborted}.
     */
    public long recordAside(HistoryEventType type, EventDetails details) {
        return write(lastEventId, type, details);
    }

    /** Continues this path after child paths (branches, iterations) whose last event is {@code eventId}. */
    public void continueAfter(long eventId) {
        lastEventId = Math.max(lastEventId, eventId);
    }

    /** Stops the path with an ASL error. */
    public void fail(StateFailure stateFailure) {
        this.failure = stateFailure;
        this.next = END;
    }

    /** Stops the path because of a time-out, cancellation or engine fault. */
    public void interrupt(RuntimeException reason) {
        this.interruption = reason;
        this.next = END;
    }

    public StateFailure failure() {
        return failure;
    }

    public RuntimeException interruption() {
        return interruption;
    }

    public boolean succeeded() {
        return failure == null && interruption == null;
    }

    /** Fails fast when the path was stopped; called on every transition. */
    public void checkRunning() {
        RuntimeException reason = cancellation.reason();
        if (reason != null) {
            throw reason;
        }
    }

    /** Runs part of a state, storing ASL errors and interruptions on the frame. */
    public void guard(Parked body) {
        try {
            body.resume();
        } catch (StateFailure stateFailure) {
            fail(stateFailure);
        } catch (io.stepline.runtime.error.ExecutionTimedOut | io.stepline.runtime.error.PathCancelled stopped) {
            interrupt(stopped);
        } catch (EngineFault fault) {
            execution.fault(fault);
            interrupt(fault);
        }
    }

    // ---- parking ---------------------------------------------------------------------------

    /**
     * Parks the path: the state's step returns, and {@code then} runs when the path is woken.
     * A cancellation of the path wakes it at once, and it ends with the cancellation's reason.
     */
    public void park(Parked then) {
        park(then, null, null);
    }

    /**
     * Parks, telling a durable execution's journal how to resume ({@code resume} is only asked
     * for when the execution is durable) and when a timer wakes the path.
     */
    public void park(Parked then, java.util.function.Supplier<JsonNode> resume, Long wakeAt) {
        if (next >= 0) {
            parkedState = next;
        }
        if (unwritten != null && resume != null) {
            lastResume = resume.get();
            execution.journal().parked(this, lastResume, wakeAt);
        }
        next = PARKED;
        handover.park(then);
        Cancellation.Registration registration = cancellation.whenCancelled(() -> wake(cancellation.reason()));
        onWake(registration::close);
    }

    /**
     * Writes a durable checkpoint inside the current state without parking: a task is about to
     * run on this thread, and a restart must run it again rather than skip it.
     */
    public void checkpoint(java.util.function.Supplier<JsonNode> resume) {
        if (unwritten != null) {
            parkedState = next;
            lastResume = resume.get();
            execution.journal().parked(this, lastResume, null);
        }
    }

    /** Parks until {@code wakeAt} on the execution's clock. */
    public void parkUntil(long wakeAt, Parked then) {
        parkUntil(wakeAt, then, null);
    }

    /** Parks until {@code wakeAt}, telling a durable journal how to resume. */
    public void parkUntil(long wakeAt, Parked then, java.util.function.Supplier<JsonNode> resume) {
        park(then, resume, wakeAt);
        Scheduler.Timer timer = scheduler().at(wakeAt, () -> wake(null));
        onWake(timer::cancel);
    }

    /** Something to undo when the path wakes, whatever woke it (a timer, a thread to stop). */
    public void onWake(Runnable cleanup) {
        handover.onWake(cleanup);
    }

    /**
     * Wakes a parked path (once; later calls do nothing). {@code reason} non-null ends the path
     * with it instead of resuming the state.
     */
    public void wake(RuntimeException reason) {
        if (handover.wake(reason)) {
            scheduler().execute(() -> PathRunner.resume(this));
        }
    }

    /** The path's thread lets go of it; true when it was woken meanwhile and that thread carries on. */
    boolean release() {
        return handover.release();
    }

    /** Unparks the path after a wake: runs the parked continuation (or ends with the wake's reason). */
    void unpark() {
        Handover.Taken taken = handover.take();
        next = END;
        if (taken.reason() != null) {
            interrupt(taken.reason());
        } else {
            guard(taken.then());
        }
    }

    Exchange exchange() {
        return exchange;
    }

    void exchange(Exchange exchange) {
        this.exchange = exchange;
    }
}
