package io.stepline.runtime.io;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.runtime.StateVisit;
import io.stepline.runtime.error.StateFailure;

/** Shapes one Map item into its iteration's input (ItemSelector, or legacy Parameters). */
@FunctionalInterface
public interface ItemSelector {

    /** {@code mapInput} is the Map state's effective input; {@code $$.Map.Item} is index and item. */
    JsonNode select(StateVisit visit, JsonNode mapInput, int index, JsonNode item) throws StateFailure;
}
