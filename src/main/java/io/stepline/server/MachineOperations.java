package io.stepline.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepline.engine.DurableExecutions;
import io.stepline.engine.ExecutionNotFoundException;
import io.stepline.json.Json;
import io.stepline.store.ExecutionFilter;
import io.stepline.store.ExecutionRecord;
import io.stepline.store.ExecutionStatus;
import io.stepline.store.ExecutionStore;
import io.stepline.store.MachineVersion;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Create, update, describe, list, delete and validate state machines (AWS's shapes and errors). */
final class MachineOperations {
    /** How many running executions one deletion stops (far more than a machine has at once). */
    private static final int RUNNING_LIMIT = 100_000;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,80}");
    private final Machines machines;
    private final DurableExecutions durable;
    private final ExecutionStore store;
    private final Diagnostics diagnostics;

    MachineOperations(Machines machines, DurableExecutions durable, Diagnostics diagnostics) {
        this.machines = machines;
        this.durable = durable;
        this.store = durable.store();
        this.diagnostics = diagnostics;
    }

    void register(Map<String, AwsOperation> operations) {
        operations.put("CreateStateMachine", this::create);
        operations.put("UpdateStateMachine", this::update);
        operations.put("DescribeStateMachine", this::describe);
        operations.put("ListStateMachines", this::list);
        operations.put("DeleteStateMachine", this::delete);
        operations.put("ValidateStateMachineDefinition", this::validate);
    }

    private JsonNode create(JsonNode request) throws AwsError {
        String name = AwsJson.required(request, "name");
        String definition = AwsJson.required(request, "definition");
        if (!NAME.matcher(name).matches()) {
            throw new AwsError("InvalidName", "Invalid Name: '" + name + "'");
        }
        String type = typeOf(request, "STANDARD");
        String role = AwsJson.optional(request, "roleArn");
        checkValid(definition);
        var existing = machines.find(name);
        if (existing.isPresent()) {
            Machine machine = existing.get();
            if (!machine.definition().equals(definition) || !machine.type().equals(type)) {
                throw new AwsError("StateMachineAlreadyExists", "State Machine Already Exists: '" + machine.arn() + "'");
            }
            return created(machine);
        }
        Machine machine = machines.put(new Machine(name, type, definition, role == null ? Machine.DEFAULT_ROLE : role,
                Instant.now(), null, Json.NODES.objectNode()));
        return created(machine);
    }

    private ObjectNode created(Machine machine) {
        ObjectNode out = AwsJson.object().put("stateMachineArn", machine.arn());
        AwsJson.time(out, "creationDate", machine.created());
        return out;
    }

    private JsonNode update(JsonNode request) throws AwsError {
        Machine machine = machines.byArn(AwsJson.required(request, "stateMachineArn"));
        String definition = AwsJson.optional(request, "definition");
        String role = AwsJson.optional(request, "roleArn");
        if (definition == null && role == null) {
            throw new AwsError("MissingRequiredParameter", "Either the definition or the roleArn must be specified");
        }
        if (definition != null) {
            checkValid(definition);
        }
        Machine updated = machines.put(machine.withDefinition(definition == null ? machine.definition() : definition,
                role, null));
        ObjectNode out = AwsJson.object();
        AwsJson.time(out, "updateDate", Instant.now());
        out.put("revisionId", Long.toString(store.latestVersion(updated.name()).map(MachineVersion::version).orElse(1)));
        return out;
    }

    private JsonNode describe(JsonNode request) throws AwsError {
        String arn = AwsJson.required(request, "stateMachineArn");
        Machine machine = machines.byArn(arn);
        String definition = machine.definition();
        String revision = arn.substring(Machine.ARN_PREFIX.length()).contains(":")
                ? arn.substring(arn.lastIndexOf(':') + 1) : null;
        if (revision != null) {
            // A version ARN (NAME:3): that version's definition, as the store keeps it.
            try {
                definition = store.version(machine.name(), Integer.parseInt(revision))
                        .orElseThrow(() -> new AwsError("StateMachineDoesNotExist",
                                "State Machine Does Not Exist: '" + arn + "'")).definition();
            } catch (NumberFormatException e) {
                throw AwsError.invalidArn(arn);
            }
        }
        ObjectNode out = AwsJson.object()
                .put("stateMachineArn", arn)
                .put("name", machine.name())
                .put("status", "ACTIVE")
                .put("definition", definition)
                .put("roleArn", machine.roleArn())
                .put("type", machine.type());
        AwsJson.time(out, "creationDate", machine.created());
        out.putObject("loggingConfiguration").put("level", "OFF").put("includeExecutionData", false);
        store.latestVersion(machine.name()).ifPresent(v -> out.put("revisionId", Integer.toString(v.version())));
        return out;
    }

    private JsonNode list(JsonNode request) throws AwsError {
        int max = AwsJson.maxResults(request, 100);
        int offset = AwsJson.offset(request);
        List<Machine> all = List.copyOf(machines.all());
        ObjectNode out = AwsJson.object();
        ArrayNode list = out.putArray("stateMachines");
        for (Machine machine : all.subList(Math.min(offset, all.size()), Math.min(offset + max, all.size()))) {
            ObjectNode item = list.addObject().put("stateMachineArn", machine.arn()).put("name", machine.name())
                    .put("type", machine.type());
            AwsJson.time(item, "creationDate", machine.created());
        }
        if (offset + max < all.size()) {
            out.put("nextToken", Integer.toString(offset + max));
        }
        return out;
    }

    private JsonNode delete(JsonNode request) throws AwsError {
        String arn = AwsJson.required(request, "stateMachineArn");
        String name = Machine.nameOf(arn);
        // AWS: deleting is idempotent, and it ends the machine's running executions (there at
        // their next transition, the machine DELETING meanwhile; here at once, so it is gone when
        // this returns). Its executions stay readable.
        machines.remove(name);
        for (ExecutionRecord running : durable.list(new ExecutionFilter(name, ExecutionStatus.RUNNING, RUNNING_LIMIT))) {
            try {
                durable.stop(running.executionArn());
            } catch (ExecutionNotFoundException endedMeanwhile) {
                // it ended on its own
            }
        }
        return AwsJson.object();
    }

    private JsonNode validate(JsonNode request) throws AwsError {
        String definition = AwsJson.required(request, "definition");
        typeOf(request, "STANDARD");
        int max = AwsJson.maxResults(request, 100);
        ArrayNode found = diagnostics.of("definition", definition, Path.of("").toAbsolutePath());
        ObjectNode out = AwsJson.object();
        out.put("result", Diagnostics.hasErrors(found) ? "FAIL" : "OK");
        ArrayNode list = out.putArray("diagnostics");
        for (JsonNode d : found) {
            if (list.size() == max) {
                break;
            }
            list.addObject().put("severity", d.path("severity").asText()).put("code", d.path("code").asText())
                    .put("message", d.path("message").asText()).put("location", d.path("pointer").asText());
        }
        out.put("truncated", list.size() < found.size());
        return out;
    }

    private void checkValid(String definition) throws AwsError {
        ArrayNode found = diagnostics.of("definition", definition, Path.of("").toAbsolutePath());
        if (Diagnostics.hasErrors(found)) {
            StringBuilder message = new StringBuilder("Invalid State Machine Definition: '");
            for (JsonNode d : found) {
                if ("ERROR".equals(d.path("severity").asText())) {
                    message.append(d.path("code").asText()).append(": ").append(d.path("message").asText())
                            .append(" at ").append(d.path("pointer").asText()).append(", ");
                }
            }
            message.setLength(message.length() - 2);
            throw new AwsError("InvalidDefinition", message.append("'").toString());
        }
    }

    private static String typeOf(JsonNode request, String fallback) throws AwsError {
        String type = AwsJson.optional(request, "type");
        if (type == null) {
            return fallback;
        }
        if (!type.equals("STANDARD") && !type.equals("EXPRESS")) {
            throw new AwsError("StateMachineTypeNotSupported", "State Machine Type Not Supported: '" + type + "'");
        }
        return type;
    }
}
