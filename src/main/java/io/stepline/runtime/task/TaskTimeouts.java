package io.stepline.runtime.task;

/** A task attempt's limits in milliseconds; 0 means none. */
public record TaskTimeouts(long timeoutMillis, long heartbeatMillis) {
    public static final TaskTimeouts NONE = new TaskTimeouts(0, 0);

    public boolean any() {
        return timeoutMillis > 0 || heartbeatMillis > 0;
    }
}
