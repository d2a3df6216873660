package io.stepline.connector.spark.builtin;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The built-ins by name. Names map to class names, not classes: binding a resource must not
 * load a transform (and with it Spark).
 */
public final class BuiltinTransforms {
    private static final Map<String, String> CLASSES = new TreeMap<>(Map.of(
            "dedupe", "Dedupe",
            "join", "Join",
            "filter", "Filter",
            "sessionize", "Sessionize",
            "aggregate", "Aggregate",
            "select", "Select",
            "union", "Union"));

    private BuiltinTransforms() {
    }

    /** The class of the built-in called {@code name}, or null. */
    public static String className(String name) {
        String simple = CLASSES.get(name);
        return simple == null ? null : BuiltinTransforms.class.getPackageName() + "." + simple;
    }

    public static Set<String> names() {
        return CLASSES.keySet();
    }
}
