package io.stepline.definition;

import java.util.List;

/** Runs every branch on a copy of its input; the result is the array of branch outputs. */
public record ParallelState(
        StateInfo info,
        DataFlow io,
        List<StateGraph> branches,
        List<Retrier> retry,
        List<Catcher> catchers,
        Transition transition) implements State, Transitioning, Recoverable {
}
