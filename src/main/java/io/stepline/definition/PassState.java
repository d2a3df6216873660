package io.stepline.definition;

import com.fasterxml.jackson.databind.JsonNode;

/** Passes its input to its output, optionally injecting {@code Result}. */
public record PassState(StateInfo info, DataFlow io, JsonNode result, Transition transition)
        implements State, Transitioning {
}
