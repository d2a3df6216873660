package io.stepline.definition;

/** Where a state goes when it completes: a named next state, or the end of its graph. */
public sealed interface Transition {

    record Next(String state) implements Transition {
    }

    record End() implements Transition {
    }

    End END = new End();

    static Transition next(String state) {
        return new Next(state);
    }
}
