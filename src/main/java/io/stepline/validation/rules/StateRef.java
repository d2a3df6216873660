package io.stepline.validation.rules;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.definition.QueryLanguage;
import io.stepline.definition.source.SourceMap;

/**
 * One state of the definition as found in the tree: its name, where it is, the raw node (which
 * may be malformed: rules must not assume a shape), its effective query language and scope.
 * A class, not a record: it points at its scope and the scope back at it.
 */
public final class StateRef {
    private final String name;
    private final String pointer;
    private final JsonNode node;
    private final QueryLanguage language;
    private final Scope scope;

    StateRef(String name, String pointer, JsonNode node, QueryLanguage language, Scope scope) {
        this.name = name;
        this.pointer = pointer;
        this.node = node;
        this.language = language;
        this.scope = scope;
    }

    public String name() {
        return name;
    }

    public String pointer() {
        return pointer;
    }

    public JsonNode node() {
        return node;
    }

    public QueryLanguage language() {
        return language;
    }

    public boolean isJsonata() {
        return language == QueryLanguage.JSONATA;
    }

    public Scope scope() {
        return scope;
    }

    /** The Type text, or null when absent or not a string. */
    public String type() {
        JsonNode type = field("Type");
        return type != null && type.isTextual() ? type.textValue() : null;
    }

    public boolean is(String stateType) {
        return stateType.equals(type());
    }

    /** The field's value, or null when absent (or when the state is not an object). */
    public JsonNode field(String field) {
        return node.isObject() ? node.get(field) : null;
    }

    public String pointerOf(String field) {
        return SourceMap.child(pointer, field);
    }

    /** How messages name this state: {@code State 'Load'}. */
    public String label() {
        return "State '" + name + "'";
    }

    /** True for states that end their scope: Succeed, Fail, or End: true. */
    public boolean isTerminal() {
        JsonNode end = field("End");
        return is("Succeed") || is("Fail") || (end != null && end.isBoolean() && end.booleanValue());
    }

    @Override
    public String toString() {
        return label() + " at " + pointer;
    }
}
