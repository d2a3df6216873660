package io.stepline.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.engine.DefinitionException;
import io.stepline.engine.DurableExecutions;
import io.stepline.engine.Pipeline;
import io.stepline.engine.Stepline;
import io.stepline.json.Json;
import io.stepline.store.MachineVersion;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The state machines the server offers: every runnable pipeline of the pipelines directory and
 * every machine created through the API (their versions live in the store, so they outlive a
 * restart). EXPRESS machines are compiled once per definition text.
 */
final class Machines {
    private final Stepline engine;
    private final DurableExecutions durable;
    private final Map<String, Machine> byName = new ConcurrentHashMap<>();
    private final Map<String, Pipeline> compiled = new ConcurrentHashMap<>();

    Machines(Stepline engine, DurableExecutions durable, List<PipelineFolder> folders) {
        this.engine = engine;
        this.durable = durable;
        for (MachineVersion version : durable.store().machines()) {
            byName.put(version.machineName(), new Machine(version.machineName(), "STANDARD", version.definition(),
                    Machine.DEFAULT_ROLE, version.createdAt(), null, Json.NODES.objectNode()));
        }
        for (PipelineFolder folder : folders) {
            if (folder.runnable()) {
                byName.put(folder.name(), new Machine(folder.name(), folder.type(), folder.definition(),
                        Machine.DEFAULT_ROLE, Instant.now(), folder.definitionFile(), folder.defaultInput()));
            }
        }
    }

    Optional<Machine> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    Machine byArn(String arn) throws AwsError {
        String name = Machine.nameOf(arn);
        Machine machine = byName.get(name);
        if (machine == null) {
            throw new AwsError("StateMachineDoesNotExist", "State Machine Does Not Exist: '" + arn + "'");
        }
        return machine;
    }

    Collection<Machine> all() {
        return byName.values().stream().sorted(Comparator.comparing(Machine::name)).toList();
    }

    /** Adds or replaces a machine; the store records its definition as a new version when it changed. */
    Machine put(Machine machine) {
        durable.register(machine.durableDefinition());
        byName.put(machine.name(), machine);
        return machine;
    }

    void remove(String name) {
        byName.remove(name);
    }

    /** The machine compiled for in-memory (EXPRESS) runs, bound as its directory binds resources. */
    Pipeline compiled(Machine machine) throws DefinitionException {
        String key = machine.name() + "#" + Stepline.sha256(machine.definition());
        Pipeline pipeline = compiled.get(key);
        if (pipeline == null) {
            String file = machine.definitionFile() != null ? machine.definitionFile().toString()
                    : machine.name() + ".asl.json";
            pipeline = engine.load(file, machine.name(), machine.definition(), Map.of(), List.of());
            compiled.put(key, pipeline);
        }
        return pipeline;
    }

    /** A run's input: the machine's default input with the run's own fields laid over it. */
    static JsonNode inputFor(Machine machine, JsonNode given) {
        if (machine.defaultInput() == null || !machine.defaultInput().isObject() || machine.defaultInput().isEmpty()
                || !given.isObject()) {
            return given;
        }
        var merged = machine.defaultInput().deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) merged).setAll((com.fasterxml.jackson.databind.node.ObjectNode) given);
        return merged;
    }
}
