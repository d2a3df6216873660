package io.stepline.expression.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One {@code States.*} function: its name, how many arguments it takes, and how a call is bound
 * to its behaviour. Binding happens once at parse time, so a function can prepare what its
 * literal arguments allow (States.Format compiles a literal template there).
 */
record IntrinsicFunction(String name, Arity arity, Binder binder, boolean evaluatesArguments) {

    /** What a bound call does with its evaluated argument values. */
    @FunctionalInterface
    interface Body {
        JsonNode apply(List<JsonNode> values) throws ArgumentException;
    }

    /** Turns the parsed arguments of one call into its body. */
    @FunctionalInterface
    interface Binder {
        Body bind(List<Argument> arguments);
    }

    /** The common case: a function whose body does not depend on how its arguments were written. */
    static IntrinsicFunction of(String name, Arity arity, Body body) {
        return new IntrinsicFunction(name, arity, arguments -> body, true);
    }

    static IntrinsicFunction bound(String name, Arity arity, Binder binder) {
        return new IntrinsicFunction(name, arity, binder, true);
    }

    /** A function that never looks at its arguments (AWS's States.UUID accepts and ignores any). */
    static IntrinsicFunction ignoringArguments(String name, Body body) {
        return new IntrinsicFunction(name, Arity.atLeast(0), arguments -> body, false);
    }
}
