package io.stepline.engine;

/**
 * How to run one execution: its name (generated when null), whether time is virtual (waits
 * and task delays cost nothing, as in {@code stepline test}) and whether to keep its history.
 */
public record RunOptions(String name, boolean virtualTime, boolean keepHistory) {
    public static final RunOptions DEFAULTS = new RunOptions(null, false, false);

    public RunOptions withName(String executionName) {
        return new RunOptions(executionName, virtualTime, keepHistory);
    }
}
