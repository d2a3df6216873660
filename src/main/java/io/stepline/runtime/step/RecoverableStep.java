package io.stepline.runtime.step;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepline.runtime.ChildPaths;
import io.stepline.json.Json;
import io.stepline.runtime.Frame;
import io.stepline.runtime.StateVisit;
import io.stepline.runtime.history.EventDetails;
import io.stepline.runtime.error.Recovery;
import io.stepline.runtime.error.StateFailure;
import io.stepline.runtime.history.HistoryEventType;
import io.stepline.runtime.io.DataFlow;

/**
 * A state whose work is attempted under Retry and Catch (Task, Parallel, Map). An attempt either
 * ends at once or parks the path until its work is done; a retried error parks the path for the
 * retry interval. No thread waits in either case.
 */
abstract class RecoverableStep extends StateStep {
    protected final Recovery recovery;
    protected final int next;

    RecoverableStep(String name, DataFlow flow, HistoryEventType entered, HistoryEventType exited, Recovery recovery,
            int next) {
        super(name, flow, entered, exited);
        this.recovery = recovery;
        this.next = next;
    }

    @Override
    protected final void run(StateVisit visit) throws StateFailure {
        JsonNode effective = flow.enter(visit);
        attempt(new Attempts(visit, effective, recovery.newCounters()));
    }

    /**
     * Starts one attempt of the state's work. It ends, now or once the path is woken, with
     * {@link Attempts#succeeded} or {@link Attempts#failed}.
     */
    protected abstract void attempt(Attempts attempts) throws StateFailure;

    @Override
    public final void restore(Frame frame, JsonNode resume, Long wakeAt, ChildPaths children) {
        frame.guard(() -> {
            StateVisit visit = StateVisit.restore(frame, resume.get("visit"));
            int[] counters = recovery.newCounters();
            JsonNode saved = resume.path("counters");
            for (int i = 0; i < counters.length && i < saved.size(); i++) {
                counters[i] = saved.get(i).asInt();
            }
            Attempts attempts = new Attempts(visit, resume.get("effective"), counters);
            if ("retry".equals(resume.path("kind").asText())) {
                frame.parkUntil(wakeAt == null ? frame.now() : wakeAt, attempts::retry);
            } else {
                restoreAttempt(attempts, resume, children);
            }
        });
    }

    /** Carries on with an attempt that was running when the engine stopped (task, or children). */
    protected abstract void restoreAttempt(Attempts attempts, JsonNode resume, ChildPaths children)
            throws StateFailure;

    /** Told once an error is no longer retried, before a Catch takes it or it goes up. */
    protected void givingUp(Attempts attempts, StateFailure failure) {
    }

    /** One visit's attempts: the visit, its effective input and its retry counters. */
    protected final class Attempts {
        private final StateVisit visit;
        private final JsonNode effective;
        private final int[] counters;
        private StateFailure childFailure;

        Attempts(StateVisit visit, JsonNode effective, int[] counters) {
            this.visit = visit;
            this.effective = effective;
            this.counters = counters;
        }

        public StateVisit visit() {
            return visit;
        }

        private void retry() throws StateFailure {
            visit.retried();
            attempt(this);
        }

        /** This visit's attempts as a parked-state description of the given kind. */
        public ObjectNode describe(String kind) {
            ObjectNode node = resumeNode(kind, visit, effective);
            ArrayNode saved = node.putArray("counters");
            for (int counter : counters) {
                saved.add(counter);
            }
            return node;
        }

        public JsonNode effective() {
            return effective;
        }

        /** The last failure that came from the state's branches or iterations, if any. */
        public StateFailure childFailure() {
            return childFailure;
        }

        /** The children of an attempt ended: their outputs, or the failure that ended them. */
        void childrenEnded(ChildGroup group, HistoryEventType succeededEvent) throws StateFailure {
            Frame frame = visit.frame();
            frame.continueAfter(group.continueFrom());
            JsonNode[] outputs;
            try {
                outputs = group.outputsOrThrow();
            } catch (StateFailure failure) {
                childFailure = failure;
                failed(failure);
                return;
            }
            ArrayNode results = Json.NODES.arrayNode(outputs.length);
            for (JsonNode output : outputs) {
                results.add(output);
            }
            frame.recordAside(succeededEvent, EventDetails.NONE);
            succeeded(results);
        }

        /** The attempt's raw result: Assign, ResultSelector and ResultPath apply, then the state exits. */
        public void succeeded(JsonNode rawResult) throws StateFailure {
            JsonNode value;
            try {
                value = flow.complete(visit, rawResult);
            } catch (StateFailure failure) {
                failed(failure);
                return;
            }
            finish(visit, new Recovery.Outcome(value, null), next);
        }

        /** The attempt failed: retry after the interval, or give up to a Catch or the caller. */
        public void failed(StateFailure failure) throws StateFailure {
            long delay = recovery.retryDelay(failure, counters);
            if (delay >= 0) {
                visit.frame().parkUntil(visit.frame().now() + delay, this::retry, () -> describe("retry"));
                return;
            }
            givingUp(this, failure);
            finish(visit, recovery.caught(visit, failure), next);
        }
    }
}
