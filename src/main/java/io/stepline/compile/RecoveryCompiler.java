package io.stepline.compile;

import io.stepline.definition.Catcher;
import io.stepline.definition.QueryLanguage;
import io.stepline.definition.Recoverable;
import io.stepline.definition.State;
import io.stepline.runtime.error.CatchHandler;
import io.stepline.runtime.error.CatchPolicy;
import io.stepline.runtime.error.Recovery;
import io.stepline.runtime.error.RetryPolicy;
import io.stepline.runtime.io.JsonPathCatch;
import io.stepline.runtime.io.JsonataCatch;
import java.util.ArrayList;
import java.util.List;

/** Compiles Retry and Catch of a Task, Parallel or Map state. */
final class RecoveryCompiler {
    private RecoveryCompiler() {
    }

    static <S extends State & Recoverable> Recovery compile(S state, GraphContext graph) throws CompileException {
        List<CatchHandler> handlers = new ArrayList<>();
        for (Catcher catcher : state.catchers()) {
            int next = graph.indexOf(catcher.next(), catcher.origin());
            if (state.queryLanguage() == QueryLanguage.JSONATA) {
                handlers.add(new JsonataCatch(catcher.errorEquals(), next,
                        Expressions.jsonata(catcher.output(), catcher.origin()),
                        Expressions.jsonataAssignment(catcher.assign(), catcher.origin())));
                continue;
            }
            handlers.add(new JsonPathCatch(catcher.errorEquals(), next,
                    catcher.resultPath() == null ? null
                            : Expressions.referencePath(catcher.resultPath(), "Catch ResultPath", catcher.origin()),
                    Expressions.assignment(catcher.assign(), catcher.origin())));
        }
        return new Recovery(state.retry().isEmpty() ? RetryPolicy.NONE : new RetryPolicy(state.retry()),
                handlers.isEmpty() ? CatchPolicy.NONE : new CatchPolicy(handlers));
    }
}
