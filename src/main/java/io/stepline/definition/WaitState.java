package io.stepline.definition;

/** Waits a number of seconds or until a timestamp. */
public record WaitState(StateInfo info, DataFlow io, Until until, ValueSource value, Transition transition)
        implements State, Transitioning {

    /** Whether {@code value} is a duration in seconds or an absolute timestamp. */
    public enum Until { SECONDS, TIMESTAMP }
}
