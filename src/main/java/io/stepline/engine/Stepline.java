package io.stepline.engine;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.compile.CompileException;
import io.stepline.compile.StateMachineCompiler;
import io.stepline.config.ConfigException;
import io.stepline.config.Connections;
import io.stepline.config.secret.Secrets;
import io.stepline.connector.TaskConnector;
import io.stepline.connector.function.LocalFunction;
import io.stepline.definition.StateMachine;
import io.stepline.definition.StateMachineBinder;
import io.stepline.runtime.CompiledMachine;
import io.stepline.runtime.MachineIdentity;
import io.stepline.runtime.task.TaskBindings;
import io.stepline.runtime.task.TaskTokens;
import io.stepline.store.ExecutionStore;
import io.stepline.store.jdbc.JdbcExecutionStore;
import io.stepline.store.jdbc.StoreSettings;
import io.stepline.validation.ValidationOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import io.stepline.runtime.time.RealScheduler;
import io.stepline.runtime.time.Scheduler;
import java.time.Clock;
import org.apache.camel.spi.ThreadPoolProfile;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * The engine: one Camel context, one pool for branches and iterations, the configuration.
 * Load definitions into {@link Pipeline}s and run them. Close it to stop Camel.
 */
public final class Stepline implements AutoCloseable {
    private final JsonNode config;
    private final Connections connections;
    private final CamelContext camel;
    private final ExecutorService paths;
    private final ExecutorService tasks;
    private final ScheduledExecutorService timers;
    private final Scheduler scheduler;
    private final TaskTokens tokens = new TaskTokens();
    private final Map<String, LocalFunction> functions = new java.util.concurrent.ConcurrentHashMap<>();
    private DurableExecutions durable;
    private ExecutionStore ownedStore;

    private Stepline(JsonNode config) {
        this.config = config;
        this.connections = connectionsOf(config);
        DefaultCamelContext context = new DefaultCamelContext();
        context.disableJMX();
        // Route bodies are frames, never streams: stream caching only costs a converter lookup per step.
        context.setStreamCaching(false);
        context.getCamelContextExtension().setName("stepline");
        context.start();
        this.camel = context;
        var pools = context.getExecutorServiceManager();
        // Paths step through states (CPU work, never blocking): a fixed pool and an unbounded queue,
        // so any number of branches and iterations wait their turn without a thread each.
        int workers = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
        // Camel reads a queue size of -1 (or 0) as a hand-over queue: a busy pool then runs the task
        // on the caller (CallerRuns), and a Map whose finished items start the next ones nests them
        // into one stack until it overflows. So the queue is bounded only by memory.
        this.paths = pools.newThreadPool(this, "stepline-paths",
                profile("stepline-paths", workers, workers, Integer.MAX_VALUE));
        // Tasks may block on I/O: an elastic pool (no queue), a thread only while a task runs.
        this.tasks = pools.newCachedThreadPool(this, "stepline-tasks");
        // One thread fires every timer; timers are unbounded in number (one per waiting path).
        this.timers = pools.newScheduledThreadPool(this, "stepline-timers", profile("stepline-timers", 1, 1, -1));
        this.scheduler = new RealScheduler(Clock.systemUTC(), paths, tasks, timers);
    }

    /**
     * Task bindings as a definition in {@code directory} loaded with these functions would get
     * them (for validation).
     */
    public static TaskBindings bindings(JsonNode config, Map<String, LocalFunction> functions, Path directory) {
        return TaskBindings.discover(new EngineContext(config, connectionsOf(config), functions, null, directory), List.of());
    }

    private static Connections connectionsOf(JsonNode config) {
        try {
            return Connections.of(config, Secrets.standard());
        } catch (ConfigException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
    }

    private static Path directoryOf(String file) {
        Path parent = file == null ? null : Path.of(file).toAbsolutePath().getParent();
        return parent == null ? Path.of("").toAbsolutePath() : parent;
    }

    private static ThreadPoolProfile profile(String id, int size, int max, int queue) {
        ThreadPoolProfile profile = new ThreadPoolProfile(id);
        profile.setPoolSize(size);
        profile.setMaxPoolSize(max);
        profile.setMaxQueueSize(queue);
        return profile;
    }

    /** An engine with the given configuration (the parsed {@code stepline.yaml}; may be empty). */
    public static Stepline start(JsonNode config) {
        return new Stepline(config);
    }

    /** Reads, validates and compiles a definition file. */
    public Pipeline load(Path file, Map<String, LocalFunction> functions) throws DefinitionException, IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        return load(file.toString(), nameOf(file), text, functions, List.of());
    }

    /**
     * Reads, validates and compiles definition text. {@code functions} and {@code connectors}
     * bind resources before the configured and discovered ones (tests pass mocks this way).
     */
    public Pipeline load(String file, String machineName, String text, Map<String, LocalFunction> functions,
            List<TaskConnector> connectors) throws DefinitionException {
        Map<String, LocalFunction> visible = new java.util.HashMap<>(this.functions);
        visible.putAll(functions);
        TaskBindings bindings = TaskBindings.discover(
                new EngineContext(config, connections, visible, camel, directoryOf(file)), connectors);
        CheckedDefinition checked = CheckedDefinition.check(file, text, ValidationOptions.of(bindings::whyUnbound));
        if (checked.hasErrors()) {
            throw new DefinitionException(checked.errorLines());
        }
        StateMachine machine = StateMachineBinder.bind(checked.document());
        try {
            CompiledMachine compiled = new StateMachineCompiler(camel, bindings)
                    .compile(machine, MachineIdentity.local(machineName, sha256(text)));
            return new Pipeline(machine, compiled, checked.lines(), scheduler, tokens);
        } catch (CompileException e) {
            throw new DefinitionException(List.of(file + ":" + e.origin().position() + ": error " + e.getMessage()));
        }
    }

    /**
     * Binds a Lambda function name to local code for every definition this engine loads from now
     * on (an embedding application's functions; config-declared ones need no call).
     */
    public Stepline register(String functionName, LocalFunction function) {
        functions.put(functionName, function);
        return this;
    }

    /** Where runs of this engine's pipelines are scheduled (wall-clock time, the engine's pool). */
    public Scheduler scheduler() {
        return scheduler;
    }

    /** Callback tasks waiting in this engine, by task token. */
    public TaskTokens tokens() {
        return tokens;
    }

    /** How many path steps wait for a worker of the paths pool (a metric of how busy the engine is). */
    public int pathsQueueDepth() {
        return paths instanceof java.util.concurrent.ThreadPoolExecutor pool ? pool.getQueue().size() : 0;
    }

    /** The configuration this engine was started with. */
    public JsonNode config() {
        return config;
    }

    /** Durable executions over the store configured in {@code store:} (embedded H2 by default). */
    public synchronized DurableExecutions durable() {
        if (durable == null) {
            ownedStore = JdbcExecutionStore.open(StoreSettings.fromConfig(config.path("store")));
            durable = new DurableExecutions(this, ownedStore, Leases.transientOwner());
        }
        return durable;
    }

    /**
     * Durable executions over the configured store, held as {@code owner}: a worker passes a
     * stable name so that, restarted, it takes its executions back at once.
     */
    public synchronized DurableExecutions durable(String owner) {
        if (durable == null) {
            ownedStore = JdbcExecutionStore.open(StoreSettings.fromConfig(config.path("store")));
            durable = new DurableExecutions(this, ownedStore, owner);
        }
        return durable;
    }

    /** Durable executions over a store the caller opened (and closes). */
    public synchronized DurableExecutions durable(ExecutionStore store) {
        if (durable == null || durable.store() != store) {
            if (durable != null) {
                durable.close();
            }
            durable = new DurableExecutions(this, store, Leases.transientOwner());
        }
        return durable;
    }

    public CamelContext camel() {
        return camel;
    }

    @Override
    public void close() {
        if (durable != null) {
            durable.close();
        }
        camel.stop();
        timers.shutdownNow();
        if (ownedStore != null) {
            ownedStore.close();
        }
    }

    /** The machine name a file gives: its name without {@code .asl.json}/{@code .yaml} endings. */
    public static String nameOf(Path file) {
        String name = file.getFileName().toString();
        for (String suffix : new String[] {".json", ".yaml", ".yml", ".asl"}) {
            if (name.endsWith(suffix)) {
                name = name.substring(0, name.length() - suffix.length());
            }
        }
        return name;
    }

    /** The content hash of a definition text, as machine versions record it. */
    public static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
