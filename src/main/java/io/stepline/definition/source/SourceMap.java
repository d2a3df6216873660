package io.stepline.definition.source;

import java.util.HashMap;
import java.util.Map;

/**
 * Where each node of a parsed document came from, keyed by JSON Pointer (RFC 6901).
 * For object members both the key and the value are recorded: diagnostics about a field
 * point at its key, diagnostics about its value at the value.
 */
public final class SourceMap {
    private final Map<String, Position> values = new HashMap<>();
    private final Map<String, Position> keys = new HashMap<>();

    void recordValue(String pointer, Position position) {
        values.put(pointer, position);
    }

    void recordKey(String pointer, Position position) {
        keys.put(pointer, position);
    }

    /** Where the value at this pointer starts; falls back to the nearest recorded ancestor. */
    public Position valueAt(String pointer) {
        String p = pointer;
        while (true) {
            Position found = values.get(p);
            if (found != null) {
                return found;
            }
            if (p.isEmpty()) {
                return Position.UNKNOWN;
            }
            p = parentOf(p);
        }
    }

    /** Where the member's key at this pointer starts, else where its value starts. */
    public Position keyAt(String pointer) {
        Position key = keys.get(pointer);
        return key != null ? key : valueAt(pointer);
    }

    public static String parentOf(String pointer) {
        int slash = pointer.lastIndexOf('/');
        return slash <= 0 ? "" : pointer.substring(0, slash);
    }

    /** Appends one reference token, escaped as RFC 6901 requires. */
    public static String child(String pointer, String token) {
        return pointer + "/" + token.replace("~", "~0").replace("/", "~1");
    }

    public static String child(String pointer, int index) {
        return pointer + "/" + index;
    }
}
