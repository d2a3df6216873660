package io.stepline.validation.rules;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.definition.source.SourceMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A set of states transitions stay within: the machine itself, a Parallel branch or a Map
 * processor (ItemProcessor or legacy Iterator). Next, Default and Catch targets resolve here.
 */
public final class Scope {
    /** What holds the states; messages name scopes by it. */
    public enum Kind { MACHINE, BRANCH, ITEM_PROCESSOR, ITERATOR }

    private final Kind kind;
    private final String pointer;
    private final JsonNode node;
    private final StateRef owner;
    private final String description;
    private final Map<String, StateRef> states = new LinkedHashMap<>();

    Scope(Kind kind, String pointer, JsonNode node, StateRef owner, String description) {
        this.kind = kind;
        this.pointer = pointer;
        this.node = node;
        this.owner = owner;
        this.description = description;
    }

    void add(StateRef state) {
        states.put(state.name(), state);
    }

    public Kind kind() {
        return kind;
    }

    /** Pointer of the object holding StartAt and States. */
    public String pointer() {
        return pointer;
    }

    public JsonNode node() {
        return node;
    }

    /** The Parallel or Map state this scope belongs to; null for the machine. */
    public StateRef owner() {
        return owner;
    }

    /** {@code the state machine}, {@code branch 1 of state 'P'}, {@code the ItemProcessor of state 'M'}. */
    public String description() {
        return description;
    }

    public Map<String, StateRef> states() {
        return Collections.unmodifiableMap(states);
    }

    public StateRef state(String name) {
        return states.get(name);
    }

    /** The StartAt value, or null when absent or not a string. */
    public String startAt() {
        JsonNode startAt = node.get("StartAt");
        return startAt != null && startAt.isTextual() ? startAt.textValue() : null;
    }

    public String pointerOf(String field) {
        return SourceMap.child(pointer, field);
    }
}
