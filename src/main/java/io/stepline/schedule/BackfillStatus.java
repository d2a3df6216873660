package io.stepline.schedule;

import java.time.Duration;

/**
 * Where a backfill is: of its {@code total} runs, how many are done (succeeded), running, failed,
 * and still to start; {@code skipped} intervals needed no run under its policy. {@code eta} is
 * null until a run finished in this process.
 */
public record BackfillStatus(String backfillId, String pipeline, String schedule, State state, int total, int done,
        int running, int failed, int remaining, int skipped, Duration eta) {

    /** A backfill's lifecycle. */
    public enum State {
        RUNNING,
        /** Every run ended (some may have failed). */
        DONE,
        /** Stopped starting runs; runs already started were left to finish. */
        CANCELLED
    }

    public boolean finished() {
        return state != State.RUNNING;
    }
}
