package io.stepline.compile;

import io.stepline.definition.MapState;
import io.stepline.definition.QueryLanguage;
import io.stepline.expression.jsonata.JsonataBindings;
import io.stepline.expression.jsonata.JsonataTemplate;
import io.stepline.runtime.io.JsonataItems;
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
                Dynamic.integer(state.maxConcurrency(), "MaxConcurrency", "MaxConcurrencyPath", 0, origin),
                Dynamic.integer(state.toleratedFailureCount(), "ToleratedFailureCount", "ToleratedFailureCountPath", 0,
                        origin),
                Dynamic.percentage(state.toleratedFailurePercentage(), origin),
                state.mode() == MapState.ProcessorMode.DISTRIBUTED);
        return new MapStep(state.name(), DataFlowCompiler.compile(state), items(state), selector(state),
                graph.compileChild(state.processor(), "items"), limits,
                RecoveryCompiler.compile(state, graph), graph.indexOf(state.transition(), origin));
    }

    private static ItemsSource items(MapState state) throws CompileException {
        if (state.queryLanguage() == QueryLanguage.JSONATA && isDefaultItemsPath(state)) {
            return new JsonataItems(null);
        }
        if (state.items() instanceof ValueSource.FromPath path) {
            return new JsonPathItems(Expressions.pathOrIdentity(path.path(), "ItemsPath", state.info().origin()));
        }
        if (state.items() instanceof ValueSource.FromJsonata) {
            return new JsonataItems(Dynamic.jsonata(state.items(), "Items", state.info().origin()));
        }
        ValueSource.Literal literal = (ValueSource.Literal) state.items();
        return new JsonataItems(Expressions.jsonataField("Items", literal.value(), state.info().origin()));
    }

    private static ItemSelector selector(MapState state) throws CompileException {
        if (state.queryLanguage() == QueryLanguage.JSONATA) {
            return jsonataSelector(state);
        }
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

    private static boolean isDefaultItemsPath(MapState state) {
        return state.items() instanceof ValueSource.FromPath path && path.path().equals("$");
    }

    private static ItemSelector jsonataSelector(MapState state) throws CompileException {
        JsonataTemplate template = Expressions.jsonata(state.itemSelector(), state.info().origin());
        if (template == null) {
            return null;
        }
        return (visit, mapInput, index, item) -> {
            try {
                return template.evaluate(JsonataBindings.of(visit.forMapItem(mapInput, index, item)), "ItemSelector");
            } catch (EvaluationException e) {
                throw visit.failure(e);
            }
        };
    }
}
