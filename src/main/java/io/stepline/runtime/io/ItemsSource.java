package io.stepline.runtime.io;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.runtime.StateVisit;
import io.stepline.runtime.error.StateFailure;

/** Where a Map state's items come from: ItemsPath (JSONPath) or Items (JSONata). */
@FunctionalInterface
public interface ItemsSource {

    /** The items, always an array; a non-array fails the state with AWS's message. */
    JsonNode items(StateVisit visit, JsonNode effectiveInput) throws StateFailure;
}
