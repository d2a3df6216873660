package io.stepline.schedule;

import io.stepline.store.ExecutionStatus;

/**
 * What a backfill does with one interval: run it under {@code executionName}, or skip it
 * because its latest run ({@code existing}) already is what the policy wants.
 */
public record PlannedRun(DataInterval interval, String executionName, boolean run, ExecutionStatus existing) {
}
