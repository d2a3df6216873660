package io.stepline.compile;

import io.stepline.definition.ParallelState;
import io.stepline.definition.StateGraph;
import io.stepline.runtime.Scope;
import io.stepline.runtime.step.ParallelStep;
import io.stepline.runtime.step.StateStep;
import java.util.ArrayList;
import java.util.List;

final class ParallelCompiler implements StateCompiler<ParallelState> {
    @Override
    public StateStep compile(ParallelState state, GraphContext graph) throws CompileException {
        List<Scope> branches = new ArrayList<>();
        for (StateGraph branch : state.branches()) {
            branches.add(graph.compileChild(branch, "branch"));
        }
        return new ParallelStep(state.name(), DataFlowCompiler.compile(state), branches,
                RecoveryCompiler.compile(state, graph), graph.indexOf(state.transition(), state.info().origin()));
    }
}
