package io.stepline.runtime;

/**
 * A bug or infrastructure fault inside the engine. Never matched by Retry or Catch: the
 * execution fails with {@code Stepline.EngineFault} and the fault is logged for the operator.
 */
public final class EngineFault extends RuntimeException {
    public EngineFault(String message, Throwable cause) {
        super(message, cause);
    }
}
