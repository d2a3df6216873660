package io.stepline.schedule;

/** What to run, at start, for the fires missed while no engine was running the schedule. */
public enum CatchUp {
    /** Every missed interval, oldest first. */
    ALL,
    /** Only the most recent missed interval. */
    LAST,
    /** None: the schedule goes on from the next fire. */
    NONE
}
