package io.stepline.compile;

import io.stepline.definition.Origin;
import io.stepline.definition.StateGraph;
import io.stepline.definition.Transition;
import io.stepline.runtime.Frame;
import io.stepline.runtime.Scope;
import java.util.Map;

/** One graph being compiled: state names to indexes, and a way to compile nested graphs. */
final class GraphContext {
    private final CompileContext machine;
    private final GraphCompiler compiler;
    private final String scopeId;
    private final Map<String, Integer> indexes;
    private int children;

    GraphContext(CompileContext machine, GraphCompiler compiler, String scopeId, Map<String, Integer> indexes) {
        this.machine = machine;
        this.compiler = compiler;
        this.scopeId = scopeId;
        this.indexes = indexes;
    }

    CompileContext machine() {
        return machine;
    }

    /** The index of a state of this graph. */
    int indexOf(String stateName, Origin origin) throws CompileException {
        Integer index = indexes.get(stateName);
        if (index == null) {
            throw new CompileException(origin, "'" + stateName + "' is not a state of this scope");
        }
        return index;
    }

    int indexOf(Transition transition, Origin origin) throws CompileException {
        return transition instanceof Transition.Next next ? indexOf(next.state(), origin) : Frame.END;
    }

    /** Compiles a Parallel branch or Map item processor into a scope of its own. */
    Scope compileChild(StateGraph graph, String label) throws CompileException {
        return compiler.compile(graph, scopeId + "." + label + (children++));
    }
}
