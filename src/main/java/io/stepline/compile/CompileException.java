package io.stepline.compile;

import io.stepline.definition.Origin;

/**
 * A definition that validated but cannot run here (a resource nothing binds, ...): says which
 * state, where, and what to do about it.
 */
public final class CompileException extends Exception {
    private final Origin origin;

    public CompileException(Origin origin, String message) {
        super(message, null, false, false);
        this.origin = origin;
    }

    public Origin origin() {
        return origin;
    }
}
