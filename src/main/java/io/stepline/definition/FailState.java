package io.stepline.definition;

/** Ends the execution with an error and cause; either may be absent (null). */
public record FailState(StateInfo info, ValueSource error, ValueSource cause) implements State {

    @Override
    public DataFlow io() {
        return DataFlow.DEFAULTS;
    }
}
