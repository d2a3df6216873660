package io.stepline.runtime.step;

import io.stepline.runtime.Frame;
import io.stepline.runtime.StateVisit;
import io.stepline.runtime.error.StateFailure;
import io.stepline.runtime.history.HistoryEventType;
import io.stepline.runtime.io.DataFlow;

/** Succeed: ends its graph with the (OutputPath-shaped) input. */
public final class SucceedStep extends StateStep {

    public SucceedStep(String name, DataFlow flow) {
        super(name, flow, HistoryEventType.SucceedStateEntered, HistoryEventType.SucceedStateExited);
    }

    @Override
    protected void run(StateVisit visit) throws StateFailure {
        exit(visit, flow.exit(visit, flow.complete(visit, flow.enter(visit))), Frame.END);
    }
}
