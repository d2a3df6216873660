package io.stepline.compile;

import io.stepline.definition.FailState;
import io.stepline.runtime.step.FailStep;
import io.stepline.runtime.step.StateStep;

final class FailCompiler implements StateCompiler<FailState> {
    @Override
    public StateStep compile(FailState state, GraphContext graph) throws CompileException {
        var origin = state.info().origin();
        return new FailStep(state.name(), Dynamic.text(state.error(), "Error", "ErrorPath", origin),
                Dynamic.text(state.cause(), "Cause", "CausePath", origin));
    }
}
