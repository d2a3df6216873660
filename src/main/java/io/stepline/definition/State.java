package io.stepline.definition;

/** One of the eight ASL state types. */
public sealed interface State
        permits PassState, TaskState, ChoiceState, WaitState, SucceedState, FailState, ParallelState, MapState {

    StateInfo info();

    /** The data-flow fields the state declares; absent ones are at their ASL defaults. */
    DataFlow io();

    default String name() {
        return info().name();
    }

    default QueryLanguage queryLanguage() {
        return info().queryLanguage();
    }
}
