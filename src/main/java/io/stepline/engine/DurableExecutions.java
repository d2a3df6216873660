package io.stepline.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepline.json.Json;
import io.stepline.runtime.CompiledMachine;
import io.stepline.runtime.Execution;
import io.stepline.runtime.ExecutionRunner;
import io.stepline.runtime.durable.DurableRunner;
import io.stepline.runtime.history.EventDetails;
import io.stepline.runtime.history.HistoryEventType;
import io.stepline.runtime.history.HistoryJson;
import io.stepline.store.ExecutionFilter;
import io.stepline.store.ExecutionRecord;
import io.stepline.store.ExecutionStatus;
import io.stepline.store.ExecutionStore;
import io.stepline.store.MachineVersion;
import io.stepline.store.PathRecord;
import io.stepline.store.StartOutcome;
import io.stepline.store.StoredEvent;
import io.stepline.store.TaskTokenRecord;
import io.stepline.store.Transition;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Durable (STANDARD) executions of one engine over one store: start (names are idempotent),
 * resume what was running when the engine stopped, stop, redrive, and read them back. Each
 * execution runs the exact definition version it started with.
 */
public final class DurableExecutions {
    private final Stepline engine;
    private final ExecutionStore store;
    private final Map<String, CompiledMachine> compiled = new ConcurrentHashMap<>();
    private final Map<String, Execution> live = new ConcurrentHashMap<>();
    /**
     * Executions this engine is starting: already RUNNING in the store under its name but not yet
     * in {@link #live}, so a concurrent {@link #resumeAll} (a server resumes every few seconds)
     * must not run them a second time.
     */
    private final java.util.Set<String> starting = ConcurrentHashMap.newKeySet();

    private final TokenWatcher watcher;
    private final String owner;
    private final Leases leases;

    DurableExecutions(Stepline engine, ExecutionStore store, String owner) {
        this.engine = engine;
        this.store = store;
        this.owner = owner;
        this.watcher = new TokenWatcher(store, engine.tokens());
        this.leases = new Leases(store, owner);
    }

    /** The stable owner name of a worker: {@code given}, or one derived from the host name. */
    public static String workerName(String given) {
        return Leases.workerOwner(given);
    }

    /** Who this engine is to the store: leases on the executions it runs are held in this name. */
    public String owner() {
        return owner;
    }

    /** Stops watching for callbacks and renewing leases (executions left running are taken over later). */
    void close() {
        watcher.close();
        leases.close();
    }

    // ---- callbacks -----------------------------------------------------------------------

    /** SendTaskSuccess: the callback task waiting for {@code token} succeeds with {@code output}. */
    public void sendTaskSuccess(String token, JsonNode output) throws TaskTokenException {
        complete(waitingToken(token), TaskTokenRecord.TokenStatus.SUCCEEDED, output, null, null);
        engine.tokens().succeed(token, output);
    }

    /** SendTaskFailure: the callback task waiting for {@code token} fails with {@code error} and {@code cause}. */
    public void sendTaskFailure(String token, String error, String cause) throws TaskTokenException {
        complete(waitingToken(token), TaskTokenRecord.TokenStatus.FAILED, null, error, cause);
        engine.tokens().fail(token, error, cause);
    }

    /** SendTaskHeartbeat: the callback task is alive; its HeartbeatSeconds start again. */
    public void sendTaskHeartbeat(String token) throws TaskTokenException {
        TaskTokenRecord waiting = waitingToken(token);
        store.apply(waiting.executionArn(), new Transition(List.of(), List.of(), List.of(),
                List.of(new TaskTokenRecord(token, waiting.executionArn(), waiting.pathId(), waiting.status(), null,
                        null, null, System.currentTimeMillis())), null, null));
        engine.tokens().heartbeat(token);
    }

    private TaskTokenRecord waitingToken(String token) throws TaskTokenException {
        if (token == null || token.isBlank() || token.length() > 1024) {
            throw new TaskTokenException("InvalidToken", "Invalid Token: '" + token + "'");
        }
        // A token is recorded before its task runs (see runtime.durable.CallbackTokens), so one
        // the store does not know was never issued: no waiting for it to appear.
        TaskTokenRecord record = store.taskToken(token)
                .orElseThrow(() -> new TaskTokenException("TaskDoesNotExist", "Task Does Not Exist: '" + token + "'"));
        if (record.status() == TaskTokenRecord.TokenStatus.CLOSED) {
            throw new TaskTokenException("TaskTimedOut", "Task Timed Out: '" + token
                    + "': its task attempt or execution has ended");
        }
        if (record.status() != TaskTokenRecord.TokenStatus.WAITING) {
            throw new TaskTokenException("TaskTimedOut", "Task Timed Out: '" + token + "' was already completed");
        }
        return record;
    }

    private void complete(TaskTokenRecord waiting, TaskTokenRecord.TokenStatus status, JsonNode output, String error,
            String cause) {
        store.apply(waiting.executionArn(), new Transition(List.of(), List.of(), List.of(),
                List.of(new TaskTokenRecord(waiting.token(), waiting.executionArn(), waiting.pathId(), status, output,
                        error, cause, waiting.heartbeatDeadline())), null, null));
    }

    public ExecutionStore store() {
        return store;
    }

    /** How a start went: the record, and the running execution when this call started it. */
    public record Start(ExecutionRecord record, Execution execution, boolean alreadyStarted) {
    }

    /**
     * Starts an execution of {@code definition} (registered as a new version of the machine
     * when it changed). Starting a name again with the same input returns the existing one.
     */
    public Start start(String machineName, String definition, String executionName, JsonNode input)
            throws DefinitionException, ExecutionAlreadyExistsException {
        return start(MachineDefinition.text(machineName, definition), executionName, input, true);
    }

    /** As {@link #start(MachineDefinition, String, JsonNode, boolean)} for definition text. */
    public Start start(String machineName, String definition, String executionName, JsonNode input, boolean run)
            throws DefinitionException, ExecutionAlreadyExistsException {
        return start(MachineDefinition.text(machineName, definition), executionName, input, run);
    }

    /** As {@link #start(MachineDefinition, String, JsonNode, boolean)}, running it here. */
    public Start start(MachineDefinition definition, String executionName, JsonNode input)
            throws DefinitionException, ExecutionAlreadyExistsException {
        return start(definition, executionName, input, true);
    }

    /**
     * Starts an execution of {@code definition} (registered as a new version of the machine
     * when its text or file changed). Starting a name again with the same input returns the
     * existing one. With {@code run} false the execution is only recorded, for a worker to run
     * ({@code stepline run --detach}).
     */
    public Start start(MachineDefinition definition, String executionName, JsonNode input, boolean run)
            throws DefinitionException, ExecutionAlreadyExistsException {
        return start(definition, executionName, input, null, run);
    }

    /**
     * As {@link #start(MachineDefinition, String, JsonNode, boolean)}, its context object
     * having {@code contextMembers} beside AWS's members (a scheduled run's {@code Schedule}):
     * they are kept with the execution, so a resumed or redriven run reads the same.
     */
    public Start start(MachineDefinition definition, String executionName, JsonNode input, ObjectNode contextMembers,
            boolean run) throws DefinitionException, ExecutionAlreadyExistsException {
        return start(definition, executionName, input, contextMembers,
                run ? DurableRunner.FirstPath.CALLER : DurableRunner.FirstPath.RECORDED_ONLY);
    }

    /**
     * As AWS StartExecution: returns as soon as the execution is recorded, its first states
     * running on the engine's pool (a server's request thread must not run them).
     */
    public Start startInBackground(MachineDefinition definition, String executionName, JsonNode input)
            throws DefinitionException, ExecutionAlreadyExistsException {
        return startInBackground(definition, executionName, input, null);
    }

    /** {@link #startInBackground}, the context object having {@code contextMembers} (see {@link #start}). */
    public Start startInBackground(MachineDefinition definition, String executionName, JsonNode input,
            ObjectNode contextMembers) throws DefinitionException, ExecutionAlreadyExistsException {
        return start(definition, executionName, input, contextMembers, DurableRunner.FirstPath.POOL);
    }

    /**
     * Records {@code definition} as the machine's latest version: the same one again when
     * neither its text nor its file changed, otherwise a new version.
     */
    public MachineVersion register(MachineDefinition definition) {
        return store.registerVersion(definition.name(), definition.text(), Stepline.sha256(definition.text()),
                definition.file() == null ? null : definition.file().toString());
    }

    private Start start(MachineDefinition definition, String executionName, JsonNode input,
            ObjectNode contextMembers, DurableRunner.FirstPath first)
            throws DefinitionException, ExecutionAlreadyExistsException {
        MachineVersion version = register(definition);
        CompiledMachine machine = compile(version);
        String arn = machine.identity().executionArn(executionName);
        starting.add(arn);
        try {
            DurableRunner.Started started = DurableRunner.start(machine, version.version(), executionName, input,
                    contextMembers, store, engine.scheduler(), engine.tokens(), owner, leases.until(), first);
            if (started.kind() == StartOutcome.Kind.NAME_TAKEN_DIFFERENT_INPUT) {
                throw new ExecutionAlreadyExistsException(started.existing().executionArn());
            }
            if (started.execution() != null) {
                track(started.execution());
            }
            return new Start(started.existing(), started.execution(),
                    started.kind() == StartOutcome.Kind.ALREADY_STARTED_SAME_INPUT);
        } finally {
            starting.remove(arn);
        }
    }

    /**
     * Resumes the RUNNING executions this engine may take: its own from before a restart, those
     * nobody holds (started detached) and those whose holder's lease ran out. Returns how many.
     */
    public int resumeAll() throws DefinitionException {
        int resumed = 0;
        for (String arn : store.claimable(owner, System.currentTimeMillis(), 10_000)) {
            // "starting" before "live": a start leaves the first only after entering the second.
            if (!starting.contains(arn) && !live.containsKey(arn)
                    && store.claim(arn, owner, leases.until(), System.currentTimeMillis())) {
                ExecutionRecord record = store.execution(arn).orElseThrow();
                if (record.status() == ExecutionStatus.RUNNING) {
                    resume(record);
                    resumed++;
                }
            }
        }
        return resumed;
    }

    private void resume(ExecutionRecord record) throws DefinitionException {
        MachineVersion version = store.version(record.machineName(), record.machineVersion()).orElseThrow(
                () -> new IllegalStateException("version " + record.machineVersion() + " of " + record.machineName()
                        + " is missing from the store"));
        track(DurableRunner.resume(compile(version), record, store, engine.scheduler(), engine.tokens()));
    }

    private void track(Execution execution) {
        live.put(execution.arn(), execution);
        execution.result().whenComplete((result, error) -> live.remove(execution.arn()));
    }

    /** The execution running in this process, if it is. */
    public Optional<Execution> live(String executionArn) {
        return Optional.ofNullable(live.get(executionArn));
    }

    public Optional<ExecutionRecord> describe(String executionArn) {
        return store.execution(executionArn);
    }

    public Optional<MachineVersion> version(ExecutionRecord record) {
        return store.version(record.machineName(), record.machineVersion());
    }

    public List<ExecutionRecord> list(ExecutionFilter filter) {
        return store.executions(filter);
    }

    /** The whole history, in GetExecutionHistory's event shape. */
    public List<ObjectNode> history(String executionArn) {
        List<ObjectNode> events = new ArrayList<>();
        long after = 0;
        while (true) {
            List<StoredEvent> page = store.events(executionArn, after, 1000);
            for (StoredEvent event : page) {
                events.add(eventJson(event));
                after = event.id();
            }
            if (page.size() < 1000) {
                return events;
            }
        }
    }

    /** Events after {@code afterEventId}, at most {@code limit}, in GetExecutionHistory's shape (for followers). */
    public List<ObjectNode> history(String executionArn, long afterEventId, int limit) {
        return store.events(executionArn, afterEventId, limit).stream().map(DurableExecutions::eventJson).toList();
    }

    static ObjectNode eventJson(StoredEvent event) {
        ObjectNode node = Json.NODES.objectNode();
        node.put("id", event.id());
        node.put("previousEventId", event.previousEventId());
        node.put("timestamp", java.math.BigDecimal.valueOf(event.timestamp(), 3));
        node.put("type", event.type());
        String member = HistoryEventType.valueOf(event.type()).detailsMember();
        if (member != null) {
            node.set(member, event.details());
        }
        return node;
    }

    /** Stops (aborts) a running execution. */
    public void stop(String executionArn) throws ExecutionNotFoundException {
        ExecutionRecord record = running(executionArn);
        Execution execution = live.get(executionArn);
        if (execution != null) {
            execution.stop();
            execution.result().join();
            return;
        }
        long id = store.lastEventId(executionArn) + 1;
        var aborted = new StoredEvent(id, id - 1, System.currentTimeMillis(), HistoryEventType.ExecutionAborted.name(),
                HistoryJson.details(new EventDetails.Failure(null, null)), ExecutionRunner.ROOT_PATH);
        store.apply(record.executionArn(), new Transition(List.of(aborted), List.of(), List.of(), List.of(),
                new Transition.ExecutionEnd(ExecutionStatus.ABORTED, null, null, null, Instant.now()), null));
    }

    /**
     * Redrives a FAILED, TIMED_OUT or ABORTED execution (AWS RedriveExecution): paths that did not
     * succeed run again from the state they stopped in; succeeded branches and iterations keep
     * their results.
     */
    public void redrive(String executionArn) throws ExecutionNotFoundException, DefinitionException {
        ExecutionRecord record = store.execution(executionArn)
                .orElseThrow(() -> new ExecutionNotFoundException("Execution Does Not Exist: '" + executionArn + "'"));
        if (record.status() == ExecutionStatus.RUNNING || record.status() == ExecutionStatus.SUCCEEDED) {
            throw new ExecutionNotFoundException("Execution '" + executionArn + "' is " + record.status()
                    + "; only FAILED, TIMED_OUT and ABORTED executions can be redriven");
        }
        List<PathRecord> resets = new ArrayList<>();
        for (PathRecord path : store.paths(executionArn)) {
            Redrives.reset(path).ifPresent(resets::add);
        }
        long id = store.lastEventId(executionArn) + 1;
        var redriven = new StoredEvent(id, 0, System.currentTimeMillis(), HistoryEventType.ExecutionRedriven.name(),
                HistoryJson.details(new EventDetails.ExecutionRedriven(record.redriveCount() + 1)),
                ExecutionRunner.ROOT_PATH);
        store.apply(executionArn, new Transition(List.of(redriven), resets, List.of(), List.of(), null, Instant.now()));
        store.claim(executionArn, owner, leases.until(), System.currentTimeMillis());
        resume(store.execution(executionArn).orElseThrow());
    }

    private ExecutionRecord running(String executionArn) throws ExecutionNotFoundException {
        ExecutionRecord record = store.execution(executionArn)
                .orElseThrow(() -> new ExecutionNotFoundException("Execution Does Not Exist: '" + executionArn + "'"));
        if (record.status() != ExecutionStatus.RUNNING) {
            throw new ExecutionNotFoundException("Execution '" + executionArn + "' is " + record.status()
                    + ", not RUNNING");
        }
        return record;
    }

    private CompiledMachine compile(MachineVersion version) throws DefinitionException {
        String key = version.machineName() + "#" + version.version();
        CompiledMachine machine = compiled.get(key);
        if (machine == null) {
            machine = load(new MachineDefinition(version.machineName(), version.definition(),
                    version.sourceFile() == null ? null : java.nio.file.Path.of(version.sourceFile()))).compiled();
            compiled.put(key, machine);
        }
        return machine;
    }

    /**
     * {@code definition} compiled as its executions run it: bound as its file's directory binds
     * resources (SQL, models), or under the name {@code NAME.asl.json} for text without a file.
     * The server's in-memory (EXPRESS) runs compile through here too.
     */
    public Pipeline load(MachineDefinition definition) throws DefinitionException {
        String file = definition.file() != null ? definition.file().toString() : definition.name() + ".asl.json";
        return engine.load(file, definition.name(), definition.text(), Map.of(), List.of());
    }
}
