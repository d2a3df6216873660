package io.stepline.schedule;

/** Which intervals of a range a backfill runs; each policy runs what the one before it does, and more. */
public enum BackfillPolicy {
    /** Intervals that have no run yet. */
    MISSING,
    /** Intervals with no run, and those whose latest run FAILED, TIMED_OUT or was ABORTED. */
    FAILED,
    /** Every interval, including those that succeeded (a re-run under a new name). */
    ALL
}
