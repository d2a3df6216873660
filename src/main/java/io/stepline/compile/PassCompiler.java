package io.stepline.compile;

import io.stepline.definition.PassState;
import io.stepline.runtime.step.PassStep;
import io.stepline.runtime.step.StateStep;

final class PassCompiler implements StateCompiler<PassState> {
    @Override
    public StateStep compile(PassState state, GraphContext graph) throws CompileException {
        return new PassStep(state.name(), DataFlowCompiler.compile(state), state.result(),
                graph.indexOf(state.transition(), state.info().origin()));
    }
}
