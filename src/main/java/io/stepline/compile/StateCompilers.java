package io.stepline.compile;

import io.stepline.definition.ChoiceState;
import io.stepline.definition.FailState;
import io.stepline.definition.MapState;
import io.stepline.definition.ParallelState;
import io.stepline.definition.PassState;
import io.stepline.definition.State;
import io.stepline.definition.SucceedState;
import io.stepline.definition.TaskState;
import io.stepline.definition.WaitState;
import io.stepline.runtime.step.StateStep;
import java.util.Map;

/** The compiler for each state type, looked up by the state's record class. */
final class StateCompilers {
    private final Map<Class<? extends State>, StateCompiler<?>> byType = Map.of(
            PassState.class, new PassCompiler(),
            TaskState.class, new TaskCompiler(),
            ChoiceState.class, new ChoiceCompiler(),
            WaitState.class, new WaitCompiler(),
            SucceedState.class, new SucceedCompiler(),
            FailState.class, new FailCompiler(),
            ParallelState.class, new ParallelCompiler(),
            MapState.class, new MapCompiler());

    @SuppressWarnings("unchecked")
    <S extends State> StateStep compile(S state, GraphContext graph) throws CompileException {
        StateCompiler<S> compiler = (StateCompiler<S>) byType.get(state.getClass());
        return compiler.compile(state, graph);
    }
}
