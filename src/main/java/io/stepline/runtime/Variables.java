package io.stepline.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;

/**
 * Workflow variables of one scope. A Parallel branch or Map iteration gets a child scope: it
 * reads the outer values, its own assignments stay inside it (AWS's scoping rules).
 * A scope is only written by the single path that owns it, so it needs no locking.
 */
public final class Variables {
    private final Variables parent;
    private Map<String, JsonNode> values;

    private Variables(Variables parent) {
        this.parent = parent;
    }

    public static Variables root() {
        return new Variables(null);
    }

    public Variables child() {
        return new Variables(this);
    }

    public JsonNode get(String name) {
        for (Variables scope = this; scope != null; scope = scope.parent) {
            if (scope.values != null) {
                JsonNode value = scope.values.get(name);
                if (value != null) {
                    return value;
                }
            }
        }
        return null;
    }

    /** Applies a state's assignments at once, after all of them were evaluated. */
    public void assignAll(Map<String, JsonNode> assignments) {
        if (assignments.isEmpty()) {
            return;
        }
        if (values == null) {
            values = new HashMap<>();
        }
        values.putAll(assignments);
    }

    /** This scope's own variables (not its parents'), for a durable checkpoint. */
    public Map<String, JsonNode> own() {
        return values == null ? Map.of() : Map.copyOf(values);
    }

    /** Restores this scope's own variables from a checkpoint. */
    public void restore(Map<String, JsonNode> saved) {
        if (!saved.isEmpty()) {
            values = new HashMap<>(saved);
        }
    }

    /** Every visible variable, inner scopes shadowing outer ones (for JSONata bindings and the UI). */
    public Map<String, JsonNode> visible() {
        Map<String, JsonNode> all = parent == null ? new HashMap<>() : parent.visible();
        if (values != null) {
            all.putAll(values);
        }
        return all;
    }
}
