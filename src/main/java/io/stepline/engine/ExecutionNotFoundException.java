package io.stepline.engine;

/** AWS's ExecutionDoesNotExist, and operations that do not apply to an execution's status. */
public final class ExecutionNotFoundException extends Exception {
    public ExecutionNotFoundException(String message) {
        super(message, null, false, false);
    }
}
