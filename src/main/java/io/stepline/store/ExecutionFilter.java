package io.stepline.store;

/** Which executions to list: any of the fields may be null (no restriction). */
public record ExecutionFilter(String machineName, ExecutionStatus status, int limit) {

    public static ExecutionFilter all(int limit) {
        return new ExecutionFilter(null, null, limit);
    }
}
