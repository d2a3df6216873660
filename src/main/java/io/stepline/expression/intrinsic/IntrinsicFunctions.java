package io.stepline.expression.intrinsic;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The 18 intrinsic functions by name ("States.Format"), each with its arity and body. */
final class IntrinsicFunctions {
    private static final Map<String, IntrinsicFunction> BY_NAME = index(List.of(
            List.of(FormatFunction.function(), HashFunction.function()),
            ArrayFunctions.all(),
            JsonFunctions.all(),
            EncodingFunctions.all(),
            MathFunctions.all(),
            StringFunctions.all()));

    private IntrinsicFunctions() {
    }

    /** The function of that exact (case-sensitive) name, or null. */
    static IntrinsicFunction find(String name) {
        return BY_NAME.get(name);
    }

    static Set<String> names() {
        return BY_NAME.keySet();
    }

    private static Map<String, IntrinsicFunction> index(List<List<IntrinsicFunction>> families) {
        Map<String, IntrinsicFunction> byName = new LinkedHashMap<>();
        for (List<IntrinsicFunction> family : families) {
            for (IntrinsicFunction function : family) {
                if (byName.put(function.name(), function) != null) {
                    throw new IllegalStateException("two intrinsic functions named " + function.name());
                }
            }
        }
        return Map.copyOf(byName);
    }
}
