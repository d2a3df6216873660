package io.stepline.runtime.step;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.runtime.Frame;
import io.stepline.runtime.Scope;
import io.stepline.runtime.StateVisit;
import io.stepline.runtime.error.Recovery;
import io.stepline.runtime.error.StateFailure;
import io.stepline.runtime.history.EventDetails;
import io.stepline.runtime.history.HistoryEventType;
import io.stepline.runtime.io.DataFlow;
import java.util.List;
import java.util.concurrent.ExecutorService;

/** Parallel: every branch gets the same input; the result is the array of branch outputs. */
public final class ParallelStep extends StateStep {
    private final ParallelBranches branches;
    private final Recovery recovery;
    private final int next;

    public ParallelStep(String name, DataFlow flow, List<Scope> branches, ExecutorService executor,
            Recovery recovery, int next) {
        super(name, flow, HistoryEventType.ParallelStateEntered, HistoryEventType.ParallelStateExited);
        this.branches = new ParallelBranches(branches, executor);
        this.recovery = recovery;
        this.next = next;
    }

    @Override
    protected void run(StateVisit visit) throws StateFailure {
        Frame frame = visit.frame();
        JsonNode effective = flow.enter(visit);
        StateFailure[] branchFailure = new StateFailure[1];
        Recovery.Outcome outcome = recovery.run(visit, () -> {
            JsonNode branchInput = flow.arguments(visit, effective);
            frame.record(HistoryEventType.ParallelStateStarted, EventDetails.NONE);
            JsonNode results;
            try {
                results = branches.run(frame, branchInput);
            } catch (StateFailure failure) {
                branchFailure[0] = failure;
                throw failure;
            }
            frame.recordAside(HistoryEventType.ParallelStateSucceeded, EventDetails.NONE);
            return flow.complete(visit, results);
        }, failure -> {
            // AWS records ParallelStateFailed once, when the branches' error is no longer retried.
            if (failure == branchFailure[0]) {
                frame.record(HistoryEventType.ParallelStateFailed, EventDetails.NONE);
            }
        });
        finish(visit, outcome, next);
    }
}
