package io.stepline.definition;

/** Ends its graph successfully. */
public record SucceedState(StateInfo info, DataFlow io) implements State {
}
