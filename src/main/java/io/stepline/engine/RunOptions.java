package io.stepline.engine;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * How to run one execution: its name (generated when null), whether time is virtual (waits
 * and task delays cost nothing, as in {@code stepline test}), whether to keep its history, and
 * the members its context object gets beside AWS's ({@code Schedule} for a scheduled run; null
 * for none, so that an ordinary run's {@code $$} is exactly what AWS gives).
 */
public record RunOptions(String name, boolean virtualTime, boolean keepHistory, ObjectNode contextMembers) {
    public static final RunOptions DEFAULTS = new RunOptions(null, false, false, null);

    public RunOptions(String name, boolean virtualTime, boolean keepHistory) {
        this(name, virtualTime, keepHistory, null);
    }

    public RunOptions withName(String executionName) {
        return new RunOptions(executionName, virtualTime, keepHistory, contextMembers);
    }

    public RunOptions withContextMembers(ObjectNode members) {
        return new RunOptions(name, virtualTime, keepHistory, members);
    }
}
