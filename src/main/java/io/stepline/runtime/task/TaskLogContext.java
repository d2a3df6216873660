package io.stepline.runtime.task;

import org.slf4j.MDC;

/**
 * Who is logging while a task runs: the execution, the state and the attempt (0 for the first,
 * 1 for the first retry, ...), put in the logging context (SLF4J MDC) around each invocation so
 * that a log appender can file the lines a task writes under its state (the server's per-state
 * task logs). Only the invoking thread carries it: work a task hands to other threads does not.
 */
public record TaskLogContext(String executionArn, String state, int attempt) {
    public static final String EXECUTION = "stepline.execution";
    public static final String STATE = "stepline.state";
    public static final String ATTEMPT = "stepline.attempt";

    /** Puts the context on this thread until the returned scope is closed. */
    Scope open() {
        MDC.put(EXECUTION, executionArn);
        MDC.put(STATE, state);
        MDC.put(ATTEMPT, Integer.toString(attempt));
        return () -> {
            MDC.remove(EXECUTION);
            MDC.remove(STATE);
            MDC.remove(ATTEMPT);
        };
    }

    /** The context as long as a task runs; closing never fails. */
    interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
