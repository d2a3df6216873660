package io.stepline.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.runtime.history.History;
import io.stepline.runtime.time.Cancellation;
import io.stepline.runtime.time.Timeline;

/**
 * One run of a state machine: who it is, what it was given, its history, its clock, and the
 * switch that stops it. Shared by every path (branch, iteration) of the run.
 */
public final class Execution {
    private final MachineIdentity machine;
    private final String name;
    private final String arn;
    private final JsonNode input;
    private final History history;
    private final Timeline timeline;
    private final Cancellation cancellation;
    private final long startTime;
    private final long deadline;
    private final int redriveCount;

    public Execution(MachineIdentity machine, String name, JsonNode input, History history, Timeline timeline,
            Integer timeoutSeconds, int redriveCount) {
        this.machine = machine;
        this.name = name;
        this.arn = machine.executionArn(name);
        this.input = input;
        this.history = history;
        this.timeline = timeline;
        this.cancellation = Cancellation.root();
        this.startTime = timeline.now();
        this.deadline = timeoutSeconds == null ? Long.MAX_VALUE : startTime + timeoutSeconds * 1000L;
        this.redriveCount = redriveCount;
    }

    public MachineIdentity machine() {
        return machine;
    }

    public String name() {
        return name;
    }

    public String arn() {
        return arn;
    }

    public JsonNode input() {
        return input;
    }

    public History history() {
        return history;
    }

    public Timeline timeline() {
        return timeline;
    }

    public Cancellation cancellation() {
        return cancellation;
    }

    public long startTime() {
        return startTime;
    }

    /** When the machine's TimeoutSeconds runs out, in epoch millis; Long.MAX_VALUE when it has none. */
    public long deadline() {
        return deadline;
    }

    public int redriveCount() {
        return redriveCount;
    }
}
