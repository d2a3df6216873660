package io.stepline.runtime.step;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.expression.EvaluationException;
import io.stepline.runtime.ChildPaths;
import io.stepline.runtime.Frame;
import io.stepline.runtime.StateVisit;
import io.stepline.runtime.error.StateFailure;
import io.stepline.runtime.history.HistoryEventType;
import io.stepline.runtime.io.DataFlow;
import io.stepline.runtime.io.WaitTarget;

/** Wait: parks the path until its time (no thread waits), then passes its input on. */
public final class WaitStep extends StateStep {
    private final WaitTarget target;
    private final int next;

    public WaitStep(String name, DataFlow flow, WaitTarget target, int next) {
        super(name, flow, HistoryEventType.WaitStateEntered, HistoryEventType.WaitStateExited);
        this.target = target;
        this.next = next;
    }

    @Override
    protected void run(StateVisit visit) throws StateFailure {
        JsonNode effective = flow.enter(visit);
        long now = visit.frame().now();
        long wakeAt;
        try {
            wakeAt = target.wakeAt(visit, now);
        } catch (EvaluationException e) {
            throw visit.failure(e);
        }
        visit.frame().parkUntil(wakeAt, () -> leave(visit, effective),
                () -> resumeNode("wait", visit, effective));
    }

    private void leave(StateVisit visit, JsonNode effective) throws StateFailure {
        exit(visit, flow.exit(visit, flow.complete(visit, effective)), next);
    }

    @Override
    public void restore(Frame frame, JsonNode resume, Long wakeAt, ChildPaths children) {
        StateVisit visit = StateVisit.restore(frame, resume.get("visit"));
        frame.parkUntil(wakeAt == null ? frame.now() : wakeAt, () -> leave(visit, resume.get("effective")));
    }
}
