package io.stepline.runtime.step;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.runtime.ChildPaths;
import io.stepline.runtime.Frame;
import io.stepline.runtime.Scope;
import io.stepline.runtime.error.Recovery;
import io.stepline.runtime.error.StateFailure;
import io.stepline.runtime.history.EventDetails;
import io.stepline.runtime.history.HistoryEventType;
import io.stepline.runtime.io.DataFlow;
import io.stepline.runtime.io.Tolerance;
import java.util.List;

/**
 * Parallel: every branch gets the same input and its own variable scope; the result is the
 * array of branch outputs. The first failing branch cancels the others (AWS fails the state
 * with that branch's own error).
 */
public final class ParallelStep extends RecoverableStep {
    private final List<Scope> branches;

    public ParallelStep(String name, DataFlow flow, List<Scope> branches, Recovery recovery, int next) {
        super(name, flow, HistoryEventType.ParallelStateEntered, HistoryEventType.ParallelStateExited, recovery, next);
        this.branches = List.copyOf(branches);
    }

    @Override
    protected void attempt(Attempts attempts) throws StateFailure {
        Frame frame = attempts.visit().frame();
        JsonNode branchInput = flow.arguments(attempts.visit(), attempts.effective());
        frame.record(HistoryEventType.ParallelStateStarted, EventDetails.NONE);
        ChildGroup group = group(attempts, branchInput);
        frame.park(() -> attempts.childrenEnded(group, HistoryEventType.ParallelStateSucceeded),
                () -> attempts.describe("children").set("branchInput", branchInput), null);
        group.start();
    }

    @Override
    protected void restoreAttempt(Attempts attempts, JsonNode resume, ChildPaths children) {
        Frame frame = attempts.visit().frame();
        ChildGroup group = group(attempts, resume.get("branchInput"));
        frame.park(() -> attempts.childrenEnded(group, HistoryEventType.ParallelStateSucceeded));
        group.restore(children, frame.childPathPrefix(attempts.visit().enteredEventId(), attempts.visit().retryCount()));
    }

    private ChildGroup group(Attempts attempts, JsonNode branchInput) {
        Frame frame = attempts.visit().frame();
        return new ChildGroup(frame, branches.size(), branches.size(), Tolerance.NONE, null,
                (index, chain, cancellation, listener) -> new Frame(frame.execution(),
                        frame.childPathId(attempts.visit().enteredEventId(), attempts.visit().retryCount(), index),
                        frame.pathId(), branches.get(index), frame.variables().child(), cancellation, branchInput,
                        chain, listener));
    }

    @Override
    protected void givingUp(Attempts attempts, StateFailure failure) {
        // AWS records ParallelStateFailed once, when the branches' error is no longer retried.
        if (failure == attempts.childFailure()) {
            attempts.visit().frame().record(HistoryEventType.ParallelStateFailed, EventDetails.NONE);
        }
    }
}
