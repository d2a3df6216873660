package io.stepline.expression.jsonata;

import java.util.AbstractMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The {@code $states} variable: {@code input}, {@code result} and {@code errorOutput} when the
 * state has them, and {@code context}.
 *
 * <p>Each member is converted on first read and kept, so the expressions of one state share one
 * conversion. The context object in particular is costly to build and most expressions never
 * touch it: the engine reads a path step with {@link #get}, so {@code $states.input.a} never
 * builds it, and only an expression that reads {@code $states.context} (or walks all of
 * {@code $states}) pays for it. Confined to the thread evaluating the state, like its bindings.
 */
final class StatesObject extends AbstractMap<String, Object> {
    private final Member input;
    private final Member result;
    private final Member errorOutput;
    private final Member context;

    StatesObject(Member input, Member result, Member errorOutput, Member context) {
        this.input = input;
        this.result = result;
        this.errorOutput = errorOutput;
        this.context = context;
    }

    @Override
    public Object get(Object key) {
        Member member = member(key);
        return member == null ? null : member.value();
    }

    @Override
    public boolean containsKey(Object key) {
        return member(key) != null;
    }

    private Member member(Object key) {
        if (!(key instanceof String name)) {
            return null;
        }
        return switch (name) {
            case "input" -> input;
            case "result" -> result;
            case "errorOutput" -> errorOutput;
            case "context" -> context;
            default -> null;
        };
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        Map<String, Object> all = new LinkedHashMap<>();
        putIfPresent(all, "input", input);
        putIfPresent(all, "result", result);
        putIfPresent(all, "errorOutput", errorOutput);
        putIfPresent(all, "context", context);
        return all.entrySet();
    }

    private static void putIfPresent(Map<String, Object> all, String name, Member member) {
        if (member != null) {
            all.put(name, member.value());
        }
    }

    /** One lazily converted member; absent members are null references, not Members. */
    static final class Member {
        private Supplier<Object> source;
        private Object value;

        Member(Supplier<Object> source) {
            this.source = source;
        }

        Object value() {
            if (source != null) {
                value = source.get();
                source = null;
            }
            return value;
        }
    }
}
