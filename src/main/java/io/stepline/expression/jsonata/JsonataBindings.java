package io.stepline.expression.jsonata;

import com.dashjoin.jsonata.Jsonata;
import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.expression.EvaluationScope;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the JSONata expressions of one state read: {@code $states} ({@code input},
 * {@code result} in Output and Assign after a task, {@code errorOutput} in a Catch,
 * {@code context}) and the workflow variables as {@code $name}.
 *
 * <p>Create one per state execution and reuse it for every expression of that state: the
 * state input, the context object and each variable are converted to the engine's values at
 * most once, on first use, and shared ({@link #withResult} and {@link #withErrorOutput} share
 * the same conversions). The engine never modifies the values it is given, so sharing is safe.
 * A bindings object is confined to one thread at a time; compiled expressions are not.
 *
 * <pre>{@code
 * JsonataBindings bindings = JsonataBindings.of(scope);
 * JsonNode arguments = argumentsTemplate.evaluate(bindings, "Arguments");
 * JsonNode output = outputTemplate.evaluate(bindings.withResult(taskResult), "Output");
 * }</pre>
 */
public final class JsonataBindings {
    private static final Object NOT_DEFINED = new Object();

    private final ScopeValues scope;
    private final StatesObject states;

    private JsonataBindings(ScopeValues scope, StatesObject.Member result, StatesObject.Member errorOutput) {
        this.scope = scope;
        this.states = new StatesObject(scope.input, result, errorOutput, scope.context);
    }

    /** {@code $states.input} is the scope's input; variables and the context come from the scope. */
    public static JsonataBindings of(EvaluationScope scope) {
        return new JsonataBindings(new ScopeValues(Objects.requireNonNull(scope, "scope")), null, null);
    }

    /** The same bindings plus {@code $states.result}: for Output and Assign after a result. */
    public JsonataBindings withResult(JsonNode result) {
        return new JsonataBindings(scope, member(result), member("errorOutput"));
    }

    /** The same bindings plus {@code $states.errorOutput}: for a Catch's Output and Assign. */
    public JsonataBindings withErrorOutput(JsonNode errorOutput) {
        return new JsonataBindings(scope, member("result"), member(errorOutput));
    }

    private StatesObject.Member member(String existing) {
        return states.containsKey(existing) ? new StatesObject.Member(() -> states.get(existing)) : null;
    }

    private static StatesObject.Member member(JsonNode node) {
        Objects.requireNonNull(node, "a $states member must be a JSON value");
        return new StatesObject.Member(() -> JsonataValues.toJava(node));
    }

    /**
     * A fresh frame holding {@code $states} and those of {@code variableNames} the scope defines.
     * Undefined names are left unbound, so the expression sees them as undefined.
     */
    Jsonata.Frame frame(List<String> variableNames) {
        Jsonata.Frame frame = new Jsonata.Frame(null);
        frame.bind("states", states);
        for (String name : variableNames) {
            Object value = scope.variable(name);
            if (value != NOT_DEFINED) {
                frame.bind(name, value);
            }
        }
        return frame;
    }

    /** Conversions shared by every bindings object made from one scope. */
    private static final class ScopeValues {
        private final EvaluationScope scope;
        private final StatesObject.Member input;
        private final StatesObject.Member context;
        private final Map<String, Object> variables = new HashMap<>();

        ScopeValues(EvaluationScope scope) {
            this.scope = scope;
            this.input = new StatesObject.Member(() -> JsonataValues.toJava(scope.input()));
            this.context = new StatesObject.Member(() -> JsonataValues.toJava(scope.context()));
        }

        Object variable(String name) {
            Object cached = variables.get(name);
            if (cached == null) {
                JsonNode value = scope.variable(name);
                cached = value == null ? NOT_DEFINED : JsonataValues.toJava(value);
                variables.put(name, cached);
            }
            return cached;
        }
    }
}
