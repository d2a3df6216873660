package io.stepline.compile;

import io.stepline.definition.MapState;
import io.stepline.definition.ValueSource;
import io.stepline.expression.EvaluationException;
import io.stepline.expression.template.PayloadTemplate;
import io.stepline.runtime.io.ItemSelector;
import io.stepline.runtime.io.ItemsSource;
import io.stepline.runtime.io.JsonPathItems;
import io.stepline.runtime.step.MapStep;
import io.stepline.runtime.step.StateStep;

final class MapCompiler implements StateCompiler<MapState> {
    @Override
    public StateStep compile(MapState state, GraphContext graph) throws CompileException {
        var origin = state.info().origin();
        MapStep.Limits limits = new MapStep.Limits(
                Dynamic.integer(state.maxConcurrency(), "MaxConcurrencyPath", origin),
                Dynamic.integer(state.toleratedFailureCount(), "ToleratedFailureCountPath", origin),
                Dynamic.percentage(state.toleratedFailurePercentage(), origin));
        return new MapStep(state.name(), DataFlowCompiler.compile(state), items(state), selector(state),
                graph.compileChild(state.processor(), "items"), limits, graph.machine().executor(),
                RecoveryCompiler.compile(state, graph), graph.indexOf(state.transition(), origin));
    }

    private static ItemsSource items(MapState state) throws CompileException {
        if (state.items() instanceof ValueSource.FromPath path) {
            return new JsonPathItems(Expressions.pathOrIdentity(path.path(), "ItemsPath", state.info().origin()));
        }
        throw new CompileException(state.info().origin(), "JSONata states are not supported yet");
    }

    private static ItemSelector selector(MapState state) throws CompileException {
        PayloadTemplate template = Expressions.template(state.itemSelector(), "ItemSelector", state.info().origin());
        if (template == null) {
            return null;
        }
        return (visit, mapInput, index, item) -> {
            try {
                return template.evaluate(visit.forMapItem(mapInput, index, item));
            } catch (EvaluationException e) {
                throw visit.failure(e);
            }
        };
    }
}
