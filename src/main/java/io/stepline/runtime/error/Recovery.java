package io.stepline.runtime.error;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.runtime.StateVisit;

/**
 * The Retry and Catch policies of a Task, Parallel or Map state, as decisions: whether to retry
 * an error and after how long, and once it is no longer retried, which catcher takes it. The
 * waiting itself is the state's business (it parks, holding no thread).
 */
public final class Recovery {
    private final RetryPolicy retry;
    private final CatchPolicy catches;

    public Recovery(RetryPolicy retry, CatchPolicy catches) {
        this.retry = retry;
        this.catches = catches;
    }

    /** How the recoverable part ended: a value to finish normally, or a catcher's output. */
    public record Outcome(JsonNode value, CatchHandler caughtBy) {
        public boolean caught() {
            return caughtBy != null;
        }
    }

    /** Attempt counters, one per retrier, for one visit of the state. */
    public int[] newCounters() {
        return retry.newCounters();
    }

    /** The delay in milliseconds before retrying this error (counting the retry), or -1. */
    public long retryDelay(StateFailure failure, int[] counters) {
        return retry.nextDelay(failure.error(), counters);
    }

    /** The outcome when a catcher takes the error; rethrows it when none does. */
    public Outcome caught(StateVisit visit, StateFailure failure) throws StateFailure {
        CatchHandler handler = catches.find(failure.error());
        if (handler == null) {
            throw failure;
        }
        JsonNode errorOutput = CatchPolicy.errorOutput(failure);
        visit.errorOutput(errorOutput);
        return new Outcome(handler.output(visit, errorOutput), handler);
    }
}
