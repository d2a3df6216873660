package io.stepline.engine;

/** AWS's ExecutionAlreadyExists: the name is taken by an execution with a different input. */
public final class ExecutionAlreadyExistsException extends Exception {
    public ExecutionAlreadyExistsException(String executionArn) {
        super("Execution Already Exists: '" + executionArn + "' (started earlier with a different input)", null,
                false, false);
    }
}
