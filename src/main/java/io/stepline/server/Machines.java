package io.stepline.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.engine.DefinitionException;
import io.stepline.engine.DurableExecutions;
import io.stepline.engine.Pipeline;
import io.stepline.engine.Stepline;
import io.stepline.json.Json;
import io.stepline.store.MachineVersion;
import io.stepline.store.StateMachineRecord;
import io.stepline.store.StateMachines;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The state machines the server offers: every runnable pipeline of the pipelines directory and
 * every machine created through the API. Their versions live in the store, and so do the type,
 * role and deletion of API-created ones ({@link StateMachines}), so they outlive a restart as
 * they were. EXPRESS machines are compiled once per definition text.
 */
final class Machines {
    private final DurableExecutions durable;
    private final StateMachines records;
    private final Map<String, Machine> byName = new ConcurrentHashMap<>();
    private final Map<String, Pipeline> compiled = new ConcurrentHashMap<>();

    Machines(DurableExecutions durable, List<PipelineFolder> folders) {
        this.durable = durable;
        this.records = durable.store().stateMachines();
        Map<String, StateMachineRecord> recorded = new HashMap<>();
        records.all().forEach(r -> recorded.put(r.name(), r));
        for (MachineVersion version : durable.store().machines()) {
            StateMachineRecord record = recorded.get(version.machineName());
            if (record == null) {
                // a machine only ever run from a file (or created before its type was kept)
                byName.put(version.machineName(), new Machine(version.machineName(), "STANDARD",
                        version.definition(), Machine.DEFAULT_ROLE, version.createdAt(), null, Json.NODES.objectNode()));
            } else if (!record.deleted() || version.createdAt().isAfter(record.deletedAt())) {
                // a version registered after the deletion (a file run under its name) brings it back
                byName.put(record.name(), new Machine(record.name(), record.type(), version.definition(),
                        record.roleArn() == null ? Machine.DEFAULT_ROLE : record.roleArn(), record.createdAt(), null,
                        Json.NODES.objectNode()));
            }
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

    /**
     * Adds or replaces a machine; the store records its definition as a new version when it
     * changed, and, for one created through the API, its type and role.
     */
    Machine put(Machine machine) {
        durable.register(machine.durableDefinition());
        if (machine.definitionFile() == null) {
            records.save(new StateMachineRecord(machine.name(), machine.type(), machine.roleArn(), machine.created(),
                    null));
        }
        byName.put(machine.name(), machine);
        return machine;
    }

    /** Forgets a machine, here and in the store (its versions and executions stay readable). */
    void remove(String name) {
        Machine machine = byName.remove(name);
        if (machine != null) {
            records.save(new StateMachineRecord(name, machine.type(), machine.roleArn(), machine.created(),
                    Instant.now()));
        }
    }

    /** The machine compiled for in-memory (EXPRESS) runs, bound as its directory binds resources. */
    Pipeline compiled(Machine machine) throws DefinitionException {
        String key = machine.name() + "#" + Stepline.sha256(machine.definition());
        Pipeline pipeline = compiled.get(key);
        if (pipeline == null) {
            pipeline = durable.load(machine.durableDefinition());
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
