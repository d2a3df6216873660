package io.stepline.compile;

import io.stepline.connector.BindingException;
import io.stepline.connector.BoundTask;
import io.stepline.definition.TaskState;
import io.stepline.runtime.step.StateStep;
import io.stepline.runtime.step.TaskStep;
import io.stepline.runtime.task.TaskInvoker;

final class TaskCompiler implements StateCompiler<TaskState> {
    @Override
    public StateStep compile(TaskState state, GraphContext graph) throws CompileException {
        var origin = state.info().origin();
        BoundTask bound;
        try {
            bound = graph.machine().bindings().bind(state.resource());
        } catch (BindingException e) {
            throw new CompileException(origin, "Task state '" + state.name() + "': " + e.getMessage());
        }
        return new TaskStep(state.name(), DataFlowCompiler.compile(state),
                new TaskInvoker(bound, state.resource(),
                        state.resource().endsWith(".waitForTaskToken")),
                Dynamic.integer(state.timeoutSeconds(), "TimeoutSeconds", "TimeoutSecondsPath", 1, origin),
                Dynamic.integer(state.heartbeatSeconds(), "HeartbeatSeconds", "HeartbeatSecondsPath", 1, origin),
                RecoveryCompiler.compile(state, graph),
                graph.indexOf(state.transition(), origin));
    }
}
