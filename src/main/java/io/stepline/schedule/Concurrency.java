package io.stepline.schedule;

/** What a fire does when an earlier run of the same schedule is still RUNNING. */
public enum Concurrency {
    /** Wait for it to end, then start. */
    QUEUE,
    /** Start nothing for this fire (the interval stays missing; a backfill can fill it). */
    SKIP,
    /** Record this fire's run as FAILED ({@code Stepline.ScheduleOverlap}) without running it. */
    FAIL
}
