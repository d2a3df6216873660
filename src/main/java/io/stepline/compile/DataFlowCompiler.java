package io.stepline.compile;

import io.stepline.definition.DataFlow;
import io.stepline.definition.QueryLanguage;
import io.stepline.definition.State;
import io.stepline.runtime.io.JsonPathFlow;
import io.stepline.runtime.io.JsonataFlow;

/** Compiles a state's data-flow fields into the runtime program for its query language. */
final class DataFlowCompiler {
    private DataFlowCompiler() {
    }

    static io.stepline.runtime.io.DataFlow compile(State state) throws CompileException {
        DataFlow io = state.io();
        var origin = state.info().origin();
        if (state.queryLanguage() == QueryLanguage.JSONATA) {
            return new JsonataFlow(Expressions.jsonata(io.arguments(), origin), Expressions.jsonata(io.output(), origin),
                    Expressions.jsonataAssignment(io.assign(), origin));
        }
        return new JsonPathFlow(
                Expressions.pathOrIdentity(io.inputPath(), "InputPath", origin),
                io.inputPath() == null,
                Expressions.template(io.parameters(), "Parameters", origin),
                Expressions.template(io.resultSelector(), "ResultSelector", origin),
                io.resultPath() == null ? null : Expressions.referencePath(io.resultPath(), "ResultPath", origin),
                Expressions.pathOrIdentity(io.outputPath(), "OutputPath", origin),
                io.outputPath() == null,
                Expressions.assignment(io.assign(), origin));
    }
}
