package io.stepline.runtime.step;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepline.json.Json;
import io.stepline.runtime.ChildPaths;
import io.stepline.runtime.Frame;
import io.stepline.runtime.StateVisit;
import io.stepline.runtime.error.Recovery;
import io.stepline.runtime.error.StateFailure;
import io.stepline.runtime.history.EventDetails;
import io.stepline.runtime.history.HistoryEventType;
import io.stepline.runtime.io.DataFlow;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * One state as a Camel route step. The route's body is the {@link Frame}; the step enters the
 * state (recording StateEntered), runs it, and leaves the frame pointing at the next state.
 * Steps of a straight chain sit in one route; when a state goes anywhere but the step after
 * it (a Choice, a Catch, the end), the step stops the route and the scope's runner dispatches.
 * ASL errors and interruptions are stored on the frame rather than thrown through Camel.
 */
public abstract class StateStep implements Processor {
    /** No step follows this one in its route. */
    public static final int NO_FALLTHROUGH = Integer.MIN_VALUE;

    protected final String name;
    protected final DataFlow flow;
    private final HistoryEventType entered;
    private final HistoryEventType exited;
    private int fallthrough = NO_FALLTHROUGH;

    protected StateStep(String name, DataFlow flow, HistoryEventType entered, HistoryEventType exited) {
        this.name = name;
        this.flow = flow;
        this.entered = entered;
        this.exited = exited;
    }

    public String name() {
        return name;
    }

    /** Set by the compiler: the index of the state whose step follows this one in the route. */
    public void fallthrough(int index) {
        this.fallthrough = index;
    }

    @Override
    public final void process(Exchange exchange) {
        Frame frame = (Frame) exchange.getMessage().getBody();
        execute(frame);
        if (frame.next() != fallthrough) {
            exchange.setRouteStop(true);
        }
    }

    /** Runs the state on the frame. Never throws ASL errors: they end up on the frame. */
    public final void execute(Frame frame) {
        frame.guard(() -> {
            frame.checkRunning();
            JsonNode input = frame.value();
            long enteredId = frame.record(entered, new EventDetails.StateEntered(name, input));
            run(new StateVisit(frame, name, enteredId, input));
        });
    }

    /**
     * The state's own behaviour; ends with {@link #exit}, by throwing a failure, or by parking
     * the frame with the rest of the state to run when it is woken.
     */
    protected abstract void run(StateVisit visit) throws StateFailure;

    /**
     * Leaves a Task, Parallel or Map state after its recoverable part: a caught error goes to the
     * catcher's target with the catcher's output as is; otherwise the output is shaped as usual.
     */
    protected final void finish(StateVisit visit, Recovery.Outcome outcome, int next) throws StateFailure {
        if (outcome.caught()) {
            exit(visit, outcome.value(), outcome.caughtBy().next());
        } else {
            exit(visit, flow.exit(visit, outcome.value()), next);
        }
    }

    /**
     * Carries on in this state for a restored durable path that was parked in it: {@code resume}
     * is the description the step gave when it parked, {@code wakeAt} its timer (or null).
     */
    public void restore(Frame frame, JsonNode resume, Long wakeAt, ChildPaths children) {
        frame.interrupt(new io.stepline.runtime.EngineFault("state " + name + " cannot be resumed", null));
    }

    /** The start of a parked-state description: what kind, which visit, which effective input. */
    protected static ObjectNode resumeNode(String kind, StateVisit visit, JsonNode effective) {
        ObjectNode node = Json.NODES.objectNode();
        node.put("kind", kind);
        node.set("visit", visit.snapshot());
        node.set("effective", effective);
        return node;
    }

    /** Applies the state's assignments, records StateExited and moves the frame on. */
    protected final void exit(StateVisit visit, JsonNode output, int next) {
        Frame frame = visit.frame();
        frame.variables().assignAll(visit.pendingAssignments());
        if (exited != null) {
            frame.record(exited, new EventDetails.StateExited(name, output, visit.pendingAssignments()));
        }
        frame.continueWith(output, next);
        frame.reachedBoundary();
    }
}
