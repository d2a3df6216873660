package io.stepline.store;

/**
 * The result of {@link ExecutionStore#start}: started; or the name was taken by an execution
 * with the same input (idempotent, return it) or a different one (ExecutionAlreadyExists).
 */
public record StartOutcome(Kind kind, ExecutionRecord execution) {

    public enum Kind { STARTED, ALREADY_STARTED_SAME_INPUT, NAME_TAKEN_DIFFERENT_INPUT }
}
