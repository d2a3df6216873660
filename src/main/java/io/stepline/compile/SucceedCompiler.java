package io.stepline.compile;

import io.stepline.definition.SucceedState;
import io.stepline.runtime.step.StateStep;
import io.stepline.runtime.step.SucceedStep;

final class SucceedCompiler implements StateCompiler<SucceedState> {
    @Override
    public StateStep compile(SucceedState state, GraphContext graph) throws CompileException {
        return new SucceedStep(state.name(), DataFlowCompiler.compile(state));
    }
}
