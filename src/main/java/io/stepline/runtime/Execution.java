package io.stepline.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepline.runtime.history.History;
import io.stepline.runtime.time.Cancellation;
import io.stepline.runtime.time.Scheduler;
import java.util.concurrent.CompletableFuture;

/**
 * One run of a state machine: who it is, what it was given, its history, its scheduler and
 * clock, the switch that stops it, and the promise of its result. Shared by every path.
 */
public final class Execution {
    private final MachineIdentity machine;
    private final String name;
    private final String arn;
    private final JsonNode input;
    private final History history;
    private final Scheduler scheduler;
    private final Cancellation cancellation;
    private final long startTime;
    private final long deadline;
    private final int redriveCount;
    private final CompletableFuture<ExecutionResult> result = new CompletableFuture<>();
    private final Journal journal;
    private final io.stepline.runtime.task.TaskTokens tokens;
    private final ObjectNode contextMembers;

    public Execution(MachineIdentity machine, String name, JsonNode input, History history, Scheduler scheduler,
            Integer timeoutSeconds, int redriveCount, Journal journal, long startTime,
            io.stepline.runtime.task.TaskTokens tokens) {
        this(machine, name, input, history, scheduler, timeoutSeconds, redriveCount, journal, startTime, tokens, null);
    }

    /** With {@code contextMembers}: top-level members its context object has beside AWS's (see {@link ContextObject}). */
    public Execution(MachineIdentity machine, String name, JsonNode input, History history, Scheduler scheduler,
            Integer timeoutSeconds, int redriveCount, Journal journal, long startTime,
            io.stepline.runtime.task.TaskTokens tokens, ObjectNode contextMembers) {
        this.contextMembers = ContextObject.checkMembers(contextMembers);
        this.machine = machine;
        this.name = name;
        this.arn = machine.executionArn(name);
        this.input = input;
        this.history = history;
        this.scheduler = scheduler;
        this.cancellation = Cancellation.root();
        this.startTime = startTime;
        this.journal = journal;
        this.tokens = tokens;
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

    public Scheduler scheduler() {
        return scheduler;
    }

    /** Where a durable execution writes its progress; {@link Journal#NONE} for EXPRESS. */
    public Journal journal() {
        return journal;
    }

    /** The engine's callback tokens, where this execution's callback tasks wait. */
    public io.stepline.runtime.task.TaskTokens tokens() {
        return tokens;
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

    /** Members the starter added to the context object (a scheduled run's {@code Schedule}); null when none. */
    public ObjectNode contextMembers() {
        return contextMembers;
    }

    /** Completes when the execution has ended. */
    public CompletableFuture<ExecutionResult> result() {
        return result;
    }

    /** Stops every path of the execution: it ends ABORTED. */
    public void stop() {
        cancellation.cancel(new io.stepline.runtime.error.PathCancelled());
    }

    /** A bug stopped one path: stop them all; the execution fails with Stepline.EngineFault. */
    void fault(EngineFault fault) {
        cancellation.cancel(fault);
    }
}
