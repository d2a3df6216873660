package io.stepline.compile;

import io.stepline.definition.ValueSource;
import io.stepline.definition.WaitState;
import io.stepline.runtime.io.WaitTarget;
import io.stepline.runtime.step.StateStep;
import io.stepline.runtime.step.WaitStep;
import java.time.OffsetDateTime;

final class WaitCompiler implements StateCompiler<WaitState> {
    @Override
    public StateStep compile(WaitState state, GraphContext graph) throws CompileException {
        return new WaitStep(state.name(), DataFlowCompiler.compile(state), target(state),
                graph.indexOf(state.transition(), state.info().origin()));
    }

    private static WaitTarget target(WaitState state) throws CompileException {
        var origin = state.info().origin();
        boolean seconds = state.until() == WaitState.Until.SECONDS;
        if (state.value() instanceof ValueSource.Literal literal) {
            return seconds ? new WaitTarget.Seconds(literal.value().asLong())
                    : new WaitTarget.Timestamp(OffsetDateTime.parse(literal.value().asText()).toInstant().toEpochMilli());
        }
        if (state.value() instanceof ValueSource.FromPath path) {
            return seconds ? new WaitTarget.SecondsPath(Expressions.path(path.path(), "SecondsPath", origin))
                    : new WaitTarget.TimestampPath(Expressions.path(path.path(), "TimestampPath", origin));
        }
        var field = Dynamic.jsonata(state.value(), seconds ? "Seconds" : "Timestamp", origin);
        return seconds ? new WaitTarget.SecondsJsonata(field) : new WaitTarget.TimestampJsonata(field);
    }
}
