package io.stepline.validation.rules;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.validation.DiagnosticCode;
import io.stepline.validation.syntax.Suggestions;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The graph within each scope: StartAt and every Next, Default and Catch Next name a state of
 * the same scope; every state is reachable from StartAt; some terminal state is reachable;
 * each state either has Next or End (Choice, Succeed and Fail have neither).
 */
public final class TransitionRules implements Rule {

    /** One edge of the graph: which state, which field (pointer) and the target name. */
    private record Edge(StateRef from, String pointer, String field, String target) {
    }

    @Override
    public void check(ValidationRun run) {
        Map<String, StateRef> everywhere = new HashMap<>();
        run.index().states().forEach(state -> everywhere.putIfAbsent(state.name(), state));
        for (StateRef state : run.index().states()) {
            nextOrEnd(run, state);
        }
        for (Scope scope : run.index().scopes()) {
            checkScope(run, scope, everywhere);
        }
    }

    private static void nextOrEnd(ValidationRun run, StateRef state) {
        String type = state.type();
        if (type == null || StateSchemas.forType(type) == null) {
            return;
        }
        boolean flowControl = type.equals("Choice") || type.equals("Succeed") || type.equals("Fail");
        JsonNode end = state.field("End");
        boolean hasNext = state.field("Next") != null;
        boolean ends = end != null && end.isBoolean() && end.booleanValue();
        if (flowControl) {
            return; // their schemas reject Next and End as fields they do not take
        }
        if (hasNext && ends) {
            run.reportAtKey(DiagnosticCode.TRANSITION_NEXT_AND_END, state.pointerOf("End"),
                    state.label() + " has both Next and End; a state either continues or ends");
        } else if (!hasNext && !ends) {
            run.report(DiagnosticCode.TRANSITION_MISSING, state.pointer(),
                    state.label() + " has neither Next nor End: true; a " + type + " state needs one of them");
        }
    }

    private static void checkScope(ValidationRun run, Scope scope, Map<String, StateRef> everywhere) {
        String startAt = scope.startAt();
        JsonNode states = scope.node().get("States");
        if (startAt == null || states == null || !states.isObject()) {
            return; // a missing or mistyped StartAt or States is a schema problem, reported there
        }
        boolean startFound = scope.state(startAt) != null;
        if (!startFound) {
            run.report(DiagnosticCode.START_AT_NOT_FOUND, scope.pointerOf("StartAt"),
                    "StartAt of " + scope.description() + " is '" + startAt + "', which is not a state of it"
                            + hint(startAt, scope, everywhere));
        }
        Map<StateRef, List<Edge>> edges = new HashMap<>();
        for (StateRef state : scope.states().values()) {
            List<Edge> out = edgesOf(state);
            edges.put(state, out);
            for (Edge edge : out) {
                if (scope.state(edge.target()) == null) {
                    run.report(DiagnosticCode.MISSING_TRANSITION_TARGET, edge.pointer(), state.label() + " has "
                            + edge.field() + " '" + edge.target() + "', which is not a state in this scope"
                            + hint(edge.target(), scope, everywhere));
                }
            }
        }
        if (startFound) {
            reachability(run, scope, scope.state(startAt), edges);
        }
    }

    private static void reachability(ValidationRun run, Scope scope, StateRef start, Map<StateRef, List<Edge>> edges) {
        Set<StateRef> reached = new LinkedHashSet<>();
        Deque<StateRef> pending = new ArrayDeque<>();
        pending.add(start);
        while (!pending.isEmpty()) {
            StateRef state = pending.poll();
            if (reached.add(state)) {
                for (Edge edge : edges.getOrDefault(state, List.of())) {
                    StateRef target = scope.state(edge.target());
                    if (target != null) {
                        pending.add(target);
                    }
                }
            }
        }
        for (StateRef state : scope.states().values()) {
            if (!reached.contains(state)) {
                run.reportAtKey(DiagnosticCode.UNREACHABLE_STATE, state.pointer(), state.label() + " in "
                        + scope.description() + " cannot be reached from its StartAt '" + start.name() + "'");
            }
        }
        if (reached.stream().allMatch(state -> isUnderstood(state, scope, edges))
                && reached.stream().noneMatch(StateRef::isTerminal)) {
            run.report(DiagnosticCode.NO_TERMINAL_STATE, scope.pointerOf("StartAt"), "No path from StartAt '"
                    + start.name() + "' in " + scope.description()
                    + " reaches a Succeed, a Fail or an End: true state, so it could never finish");
        }
    }

    /**
     * Whether the state's way out is known: a valid type, a boolean End, Next or End where needed,
     * and no dangling target. Only then does "no terminal state" say something the other
     * diagnostics have not already said.
     */
    private static boolean isUnderstood(StateRef state, Scope scope, Map<StateRef, List<Edge>> edges) {
        String type = state.type();
        if (type == null || StateSchemas.forType(type) == null) {
            return false;
        }
        JsonNode end = state.field("End");
        if (end != null && !end.isBoolean()) {
            return false;
        }
        boolean flowControl = type.equals("Choice") || type.equals("Succeed") || type.equals("Fail");
        if (!flowControl && state.field("Next") == null && end == null) {
            return false;
        }
        return edges.getOrDefault(state, List.of()).stream().allMatch(edge -> scope.state(edge.target()) != null);
    }

    /** Next, Default, every Choice rule's Next and every catcher's Next of the state. */
    private static List<Edge> edgesOf(StateRef state) {
        List<Edge> edges = new ArrayList<>();
        target(edges, state, state.field("Next"), state.pointerOf("Next"), "Next");
        if (state.is("Choice")) {
            target(edges, state, state.field("Default"), state.pointerOf("Default"), "Default");
            JsonNode choices = state.field("Choices");
            if (choices != null && choices.isArray()) {
                for (int i = 0; i < choices.size(); i++) {
                    target(edges, state, choices.get(i).get("Next"), state.pointerOf("Choices") + "/" + i + "/Next",
                            "a Choice rule Next");
                }
            }
        }
        JsonNode catchers = state.field("Catch");
        if (catchers != null && catchers.isArray()) {
            for (int i = 0; i < catchers.size(); i++) {
                target(edges, state, catchers.get(i).get("Next"), state.pointerOf("Catch") + "/" + i + "/Next",
                        "a Catch Next");
            }
        }
        return edges;
    }

    private static void target(List<Edge> edges, StateRef state, JsonNode value, String pointer, String field) {
        if (value != null && value.isTextual()) {
            edges.add(new Edge(state, pointer, field, value.textValue()));
        }
    }

    /** Why the name was not found: a state of another scope, or a likely typo. */
    private static String hint(String target, Scope scope, Map<String, StateRef> everywhere) {
        StateRef elsewhere = everywhere.get(target);
        if (elsewhere != null && elsewhere.scope() != scope) {
            return "; '" + target + "' is in " + elsewhere.scope().description()
                    + ", and transitions cannot cross from one scope to another";
        }
        return Suggestions.didYouMean(target, scope.states().keySet());
    }
}
