package io.stepline.runtime.error;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.runtime.StateVisit;

/** One compiled Catch entry: what it matches, and how it shapes the state's output. */
public interface CatchHandler {

    boolean matches(String error);

    /** Index of the state to go to. */
    int next();

    /** The state's output given AWS's error output {@code {"Error": ..., "Cause": ...}}. */
    JsonNode output(StateVisit visit, JsonNode errorOutput) throws StateFailure;
}
