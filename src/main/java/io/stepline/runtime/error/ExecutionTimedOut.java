package io.stepline.runtime.error;

/** The machine's TimeoutSeconds elapsed: unwinds every path of the execution, uncatchable. */
public final class ExecutionTimedOut extends RuntimeException {
    public ExecutionTimedOut() {
        super("execution timed out", null, false, false);
    }
}
