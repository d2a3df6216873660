package io.stepline.runtime.step;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.runtime.StateVisit;
import io.stepline.runtime.error.StateFailure;
import io.stepline.runtime.history.HistoryEventType;
import io.stepline.runtime.io.DataFlow;

/** Pass: the result is {@code Result} when set, else the (Parameters-shaped) input. */
public final class PassStep extends StateStep {
    private final JsonNode result;
    private final int next;

    public PassStep(String name, DataFlow flow, JsonNode result, int next) {
        super(name, flow, HistoryEventType.PassStateEntered, HistoryEventType.PassStateExited);
        this.result = result;
        this.next = next;
    }

    @Override
    protected void run(StateVisit visit) throws StateFailure {
        JsonNode effective = flow.enter(visit);
        JsonNode value = result != null ? result : flow.arguments(visit, effective);
        JsonNode combined = flow.complete(visit, value);
        exit(visit, flow.exit(visit, combined), next);
    }
}
