package io.stepline.engine;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.definition.StateMachine;
import io.stepline.runtime.CompiledMachine;
import io.stepline.runtime.Execution;
import io.stepline.runtime.ExecutionResult;
import io.stepline.runtime.ExecutionRunner;
import io.stepline.runtime.history.CountingHistory;
import io.stepline.runtime.history.History;
import io.stepline.runtime.history.InMemoryHistory;
import io.stepline.runtime.task.TaskTokens;
import io.stepline.runtime.time.Scheduler;
import io.stepline.runtime.time.VirtualScheduler;
import java.util.List;
import java.util.UUID;

/** A compiled state machine, ready to run any number of executions, concurrently. */
public final class Pipeline {
    private final StateMachine definition;
    private final CompiledMachine compiled;
    private final List<String> warnings;
    private final Scheduler scheduler;
    private final TaskTokens tokens;

    Pipeline(StateMachine definition, CompiledMachine compiled, List<String> warnings, Scheduler scheduler,
            TaskTokens tokens) {
        this.tokens = tokens;
        this.definition = definition;
        this.compiled = compiled;
        this.scheduler = scheduler;
        this.warnings = List.copyOf(warnings);
    }

    /** Validation warnings of the definition, as file:line:col lines. */
    public List<String> warnings() {
        return warnings;
    }

    public String name() {
        return compiled.identity().name();
    }

    public StateMachine definition() {
        return definition;
    }

    public CompiledMachine compiled() {
        return compiled;
    }

    /**
     * Runs an EXPRESS execution to its end. Its top level runs on the calling thread until it
     * first waits; branches, iterations and waits continue on the engine's workers.
     */
    public ExecutionResult run(JsonNode input, RunOptions options) {
        String name = options.name() != null ? options.name() : UUID.randomUUID().toString();
        Scheduler clock = options.virtualTime() ? new VirtualScheduler(System.currentTimeMillis()) : scheduler;
        History history = options.keepHistory() ? new InMemoryHistory() : new CountingHistory();
        return ExecutionRunner.run(compiled, name, input, options.contextMembers(), clock, history, tokens);
    }

    /**
     * Starts an EXPRESS execution on wall-clock time and returns at once (after its top level
     * first parks): {@link Execution#result()} completes when it ends, {@link Execution#stop()}
     * aborts it.
     */
    public Execution start(JsonNode input, RunOptions options) {
        return start(input, options, false);
    }

    /**
     * As {@link #start}, but the execution's first states run on the engine's workers too: returns
     * as soon as it has started (a server's StartExecution must not run states on its request thread).
     */
    public Execution startInBackground(JsonNode input, RunOptions options) {
        return start(input, options, true);
    }

    private Execution start(JsonNode input, RunOptions options, boolean onWorkers) {
        String name = options.name() != null ? options.name() : UUID.randomUUID().toString();
        History history = options.keepHistory() ? new InMemoryHistory() : new CountingHistory();
        return ExecutionRunner.start(compiled, name, input, options.contextMembers(), scheduler, history, tokens,
                onWorkers);
    }

    public ExecutionResult run(JsonNode input) {
        return run(input, RunOptions.DEFAULTS);
    }
}
