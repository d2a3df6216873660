package io.stepline.compile;

import io.stepline.definition.Origin;
import io.stepline.definition.State;
import io.stepline.definition.StateGraph;
import io.stepline.runtime.Scope;
import io.stepline.runtime.step.StateStep;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.Endpoint;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.RouteDefinition;

/**
 * Compiles one graph into a {@link Scope}: a step per state, a {@code direct:} route per block
 * of states, and the scope's entry table pointing at each block's route.
 */
final class GraphCompiler {
    private final CompileContext context;
    private final StateCompilers compilers;
    private final Map<String, Scope> scopes = new HashMap<>();

    GraphCompiler(CompileContext context) {
        this.context = context;
        this.compilers = new StateCompilers();
    }

    /** Every scope compiled so far, by name. */
    Map<String, Scope> scopes() {
        return Map.copyOf(scopes);
    }

    Scope compile(StateGraph graph, String scopeId) throws CompileException {
        List<State> states = new ArrayList<>(graph.states().values());
        Map<String, Integer> indexes = new HashMap<>();
        for (int i = 0; i < states.size(); i++) {
            indexes.put(states.get(i).name(), i);
        }
        GraphContext graphContext = new GraphContext(context, this, scopeId, indexes);
        StateStep[] steps = new StateStep[states.size()];
        for (int i = 0; i < steps.length; i++) {
            steps[i] = compilers.compile(states.get(i), graphContext);
        }
        List<List<Integer>> blocks = BlockPlanner.plan(graph, indexes);
        for (List<Integer> block : blocks) {
            for (int k = 0; k + 1 < block.size(); k++) {
                steps[block.get(k)].fallthrough(block.get(k + 1));
            }
        }
        String key = scopeId.substring(context.machineId().length());
        Scope scope = new Scope(scopeId, key, indexes.get(graph.startAt()), context.camel());
        scope.entries(addRoutes(scopeId, states, steps, blocks, graph.origin()), steps);
        scopes.put(key, scope);
        return scope;
    }

    private Processor[] addRoutes(String scopeId, List<State> states, StateStep[] steps, List<List<Integer>> blocks,
            Origin origin) throws CompileException {
        String uriPrefix = "direct:stepline." + scopeId + ".";
        try {
            context.camel().addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    errorHandler(noErrorHandler());
                    for (List<Integer> block : blocks) {
                        int leader = block.get(0);
                        RouteDefinition route = from(uriPrefix + leader).routeId(scopeId + "." + leader);
                        for (int index : block) {
                            route.process(steps[index]).id(scopeId + ":" + states.get(index).name());
                        }
                    }
                }
            });
            Processor[] entries = new Processor[steps.length];
            for (List<Integer> block : blocks) {
                Endpoint endpoint = context.camel().getEndpoint(uriPrefix + block.get(0));
                Producer producer = endpoint.createProducer();
                producer.start();
                entries[block.get(0)] = producer;
            }
            return entries;
        } catch (Exception e) {
            throw new CompileException(origin, "could not build the Camel routes of " + scopeId + ": " + e.getMessage());
        }
    }
}
