package io.stepline.validation.rules;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.definition.QueryLanguage;
import io.stepline.definition.source.SourceMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Every scope and state of a definition, found in one walk of the tree so that rules do not
 * each walk it again. Tolerates any malformed shape: what is not an object is skipped here and
 * reported by the structure rules.
 */
public final class DefinitionIndex {
    private final JsonNode root;
    private final QueryLanguage machineLanguage;
    private final List<Scope> scopes = new ArrayList<>();
    private final List<StateRef> states = new ArrayList<>();

    private DefinitionIndex(JsonNode root) {
        this.root = root;
        this.machineLanguage = languageOf(root, QueryLanguage.JSONPATH);
    }

    public static DefinitionIndex of(JsonNode root) {
        DefinitionIndex index = new DefinitionIndex(root);
        if (root.isObject()) {
            index.scope(Scope.Kind.MACHINE, "", root, null, "the state machine", index.machineLanguage);
        }
        return index;
    }

    public JsonNode root() {
        return root;
    }

    /** The machine's QueryLanguage (JSONPath when absent or invalid). */
    public QueryLanguage machineLanguage() {
        return machineLanguage;
    }

    /** All scopes, the machine first, in document order. */
    public List<Scope> scopes() {
        return Collections.unmodifiableList(scopes);
    }

    /** All states of all scopes, in document order. */
    public List<StateRef> states() {
        return Collections.unmodifiableList(states);
    }

    private void scope(Scope.Kind kind, String pointer, JsonNode node, StateRef owner, String description,
                       QueryLanguage inherited) {
        Scope scope = new Scope(kind, pointer, node, owner, description);
        scopes.add(scope);
        JsonNode statesNode = node.get("States");
        if (statesNode == null || !statesNode.isObject()) {
            return;
        }
        List<StateRef> found = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : statesNode.properties()) {
            String statePointer = SourceMap.child(SourceMap.child(pointer, "States"), field.getKey());
            StateRef state = new StateRef(field.getKey(), statePointer, field.getValue(),
                    languageOf(field.getValue(), inherited), scope);
            scope.add(state);
            states.add(state);
            found.add(state);
        }
        for (StateRef state : found) {
            nested(state);
        }
    }

    /** Parallel branches and Map processors are scopes of their own, inheriting the state's language. */
    private void nested(StateRef state) {
        if (state.is("Parallel")) {
            JsonNode branches = state.field("Branches");
            if (branches != null && branches.isArray()) {
                for (int i = 0; i < branches.size(); i++) {
                    if (branches.get(i).isObject()) {
                        scope(Scope.Kind.BRANCH, SourceMap.child(state.pointerOf("Branches"), i), branches.get(i),
                                state, "branch " + (i + 1) + " of state '" + state.name() + "'", state.language());
                    }
                }
            }
        } else if (state.is("Map")) {
            processor(state, "ItemProcessor", Scope.Kind.ITEM_PROCESSOR);
            processor(state, "Iterator", Scope.Kind.ITERATOR);
        }
    }

    private void processor(StateRef state, String field, Scope.Kind kind) {
        JsonNode processor = state.field(field);
        if (processor != null && processor.isObject()) {
            scope(kind, state.pointerOf(field), processor, state,
                    "the " + field + " of state '" + state.name() + "'", state.language());
        }
    }

    private static QueryLanguage languageOf(JsonNode node, QueryLanguage inherited) {
        JsonNode language = node.isObject() ? node.get("QueryLanguage") : null;
        if (language != null && language.isTextual()) {
            for (QueryLanguage candidate : QueryLanguage.values()) {
                if (candidate.aslName().equals(language.textValue())) {
                    return candidate;
                }
            }
        }
        return inherited;
    }
}
