package io.stepline.compile;

import io.stepline.definition.FailState;
import io.stepline.definition.ValueSource;
import io.stepline.runtime.io.DynamicText;
import io.stepline.runtime.step.FailStep;
import io.stepline.runtime.step.StateStep;

final class FailCompiler implements StateCompiler<FailState> {
    @Override
    public StateStep compile(FailState state, GraphContext graph) throws CompileException {
        return new FailStep(state.name(), text(state, state.error(), "ErrorPath"), text(state, state.cause(), "CausePath"));
    }

    private static DynamicText text(FailState state, ValueSource source, String pathField) throws CompileException {
        if (source == null) {
            return null;
        }
        if (source instanceof ValueSource.Literal literal) {
            return new DynamicText.Fixed(literal.value().asText());
        }
        if (source instanceof ValueSource.FromPath path) {
            return new DynamicText.FromPath(pathField, Expressions.path(path.path(), pathField, state.info().origin()));
        }
        throw new CompileException(state.info().origin(), "JSONata states are not supported yet");
    }
}
