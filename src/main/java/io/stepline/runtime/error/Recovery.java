package io.stepline.runtime.error;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.runtime.StateVisit;

/**
 * Runs the recoverable part of a Task, Parallel or Map state under its Retry and Catch
 * policies: retries wait on the execution's timeline (virtual under test), the context's
 * RetryCount counts them, and a caught error yields the catcher's output and target.
 */
public final class Recovery {
    private final RetryPolicy retry;
    private final CatchPolicy catches;

    public Recovery(RetryPolicy retry, CatchPolicy catches) {
        this.retry = retry;
        this.catches = catches;
    }

    /** One attempt of the state's work; returns the value before output processing. */
    @FunctionalInterface
    public interface Attempt {
        JsonNode run() throws StateFailure;
    }

    /** Told once the state stops retrying an error, before a Catch takes it or it goes up. */
    @FunctionalInterface
    public interface GivingUp {
        void accept(StateFailure failure);
    }

    /** How the recoverable part ended: a value to finish normally, or a catcher's output. */
    public record Outcome(JsonNode value, CatchHandler caughtBy) {
        public boolean caught() {
            return caughtBy != null;
        }
    }

    public Outcome run(StateVisit visit, Attempt attempt) throws StateFailure {
        return run(visit, attempt, failure -> { });
    }

    public Outcome run(StateVisit visit, Attempt attempt, GivingUp givingUp) throws StateFailure {
        int[] counters = retry.newCounters();
        while (true) {
            try {
                return new Outcome(attempt.run(), null);
            } catch (StateFailure failure) {
                long delay = retry.nextDelay(failure.error(), counters);
                if (delay >= 0) {
                    visit.frame().sleep(delay);
                    visit.retried();
                    continue;
                }
                givingUp.accept(failure);
                CatchHandler handler = catches.find(failure.error());
                if (handler == null) {
                    throw failure;
                }
                JsonNode errorOutput = CatchPolicy.errorOutput(failure);
                visit.errorOutput(errorOutput);
                return new Outcome(handler.output(visit, errorOutput), handler);
            }
        }
    }
}
