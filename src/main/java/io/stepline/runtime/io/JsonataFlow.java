package io.stepline.runtime.io;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.runtime.StateVisit;
import io.stepline.runtime.error.StateFailure;

/** JSONata data flow: Arguments, (the work), Assign, Output. */
public record JsonataFlow() implements DataFlow {

    @Override
    public JsonNode enter(StateVisit visit) {
        throw new UnsupportedOperationException("JSONata states are not supported yet");
    }

    @Override
    public JsonNode arguments(StateVisit visit, JsonNode effectiveInput) {
        throw new UnsupportedOperationException("JSONata states are not supported yet");
    }

    @Override
    public JsonNode complete(StateVisit visit, JsonNode rawResult) {
        throw new UnsupportedOperationException("JSONata states are not supported yet");
    }

    @Override
    public JsonNode exit(StateVisit visit, JsonNode value) throws StateFailure {
        throw new UnsupportedOperationException("JSONata states are not supported yet");
    }
}
