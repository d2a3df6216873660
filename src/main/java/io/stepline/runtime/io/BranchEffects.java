package io.stepline.runtime.io;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.runtime.StateVisit;
import io.stepline.runtime.error.StateFailure;

/**
 * What taking a Choice branch (or its Default) does besides moving on: its Assign, and in
 * JSONata states its Output. {@link #NONE} when it declares neither.
 */
public interface BranchEffects {
    BranchEffects NONE = (visit, effectiveInput) -> effectiveInput;

    /** Records the branch's assignments on the visit and returns the Choice state's output. */
    JsonNode apply(StateVisit visit, JsonNode effectiveInput) throws StateFailure;
}
