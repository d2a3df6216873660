package io.stepline.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepline.engine.DefinitionException;
import io.stepline.engine.DurableExecutions;
import io.stepline.engine.ExecutionAlreadyExistsException;
import io.stepline.engine.ExecutionNotFoundException;
import io.stepline.engine.RunOptions;
import io.stepline.json.Json;
import io.stepline.runtime.ExecutionResult;
import io.stepline.runtime.MachineIdentity;
import io.stepline.store.ExecutionFilter;
import io.stepline.store.ExecutionRecord;
import io.stepline.store.ExecutionStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Start (durable STANDARD, in-memory EXPRESS, synchronous EXPRESS), describe, list, read the
 * history of, stop and redrive executions.
 */
final class ExecutionOperations {
    private static final Pattern NAME = Pattern.compile("[^\\s<>{}\\[\\]?*\"#%\\\\^|~`$&,;:/\\u0000-\\u001f\\u007f-\\u009f]{1,80}");
    private final Machines machines;
    private final DurableExecutions durable;
    private final ServerMetrics metrics;

    ExecutionOperations(Machines machines, DurableExecutions durable, ServerMetrics metrics) {
        this.machines = machines;
        this.durable = durable;
        this.metrics = metrics;
    }

    void register(Map<String, AwsOperation> operations) {
        operations.put("StartExecution", this::start);
        operations.put("StartSyncExecution", this::startSync);
        operations.put("DescribeExecution", this::describe);
        operations.put("ListExecutions", this::list);
        operations.put("GetExecutionHistory", this::history);
        operations.put("StopExecution", this::stop);
        operations.put("RedriveExecution", this::redrive);
    }

    private JsonNode start(JsonNode request) throws AwsError {
        Machine machine = machines.byArn(AwsJson.required(request, "stateMachineArn"));
        String name = nameOf(request);
        JsonNode input = Machines.inputFor(machine, AwsJson.document(request, "input", "InvalidExecutionInput"));
        ObjectNode out = AwsJson.object();
        if (machine.express()) {
            // AWS: an EXPRESS execution started asynchronously is not kept; its result goes to its logs.
            var execution = compiled(machine).startInBackground(input, RunOptions.DEFAULTS.withName(name));
            metrics.started(machine.name());
            execution.result().whenComplete((result, error) -> metrics.ended(machine.name(), result));
            out.put("executionArn", execution.arn());
            AwsJson.time(out, "startDate", Instant.now());
            return out;
        }
        try {
            DurableExecutions.Start started = durable.startInBackground(machine.durableDefinition(), name, input);
            if (started.execution() != null) {
                metrics.started(machine.name());
                String arn = started.record().executionArn();
                started.execution().result().whenCompleteAsync((result, error) -> {
                    metrics.ended(machine.name(), result);
                    metrics.recordHistory(machine.name(), durable.history(arn));
                });
            }
            out.put("executionArn", started.record().executionArn());
            AwsJson.time(out, "startDate", started.record().startTime());
            return out;
        } catch (ExecutionAlreadyExistsException e) {
            throw new AwsError("ExecutionAlreadyExists", "Execution Already Exists: '"
                    + MachineIdentity.local(machine.name(), "").executionArn(name) + "'");
        } catch (DefinitionException e) {
            throw new AwsError("InvalidDefinition", "Invalid State Machine Definition: '"
                    + String.join("; ", e.problems()) + "'");
        }
    }

    private JsonNode startSync(JsonNode request) throws AwsError {
        Machine machine = machines.byArn(AwsJson.required(request, "stateMachineArn"));
        if (!machine.express()) {
            throw new AwsError("StateMachineTypeNotSupported",
                    "This operation is not supported by this type of state machine");
        }
        String name = nameOf(request);
        JsonNode input = Machines.inputFor(machine, AwsJson.document(request, "input", "InvalidExecutionInput"));
        Instant start = Instant.now();
        metrics.started(machine.name());
        ExecutionResult result = compiled(machine).run(input, RunOptions.DEFAULTS.withName(name));
        metrics.ended(machine.name(), result);
        ObjectNode out = AwsJson.object()
                .put("executionArn", result.executionArn())
                .put("stateMachineArn", machine.arn())
                .put("name", name)
                .put("status", result.status().name());
        AwsJson.time(out, "startDate", start);
        AwsJson.time(out, "stopDate", Instant.now());
        out.put("input", Json.write(input));
        out.putObject("inputDetails").put("included", true);
        if (result.output() != null) {
            out.put("output", Json.write(result.output()));
            out.putObject("outputDetails").put("included", true);
        }
        putIfSet(out, "error", result.error());
        putIfSet(out, "cause", result.cause());
        out.putObject("billingDetails").put("billedMemoryUsedInMB", 64).put("billedDurationInMilliseconds",
                Math.max(100, Instant.now().toEpochMilli() - start.toEpochMilli()));
        return out;
    }

    private JsonNode describe(JsonNode request) throws AwsError {
        ExecutionRecord record = record(AwsJson.required(request, "executionArn"));
        ObjectNode out = summary(record);
        out.put("input", record.input() == null ? "{}" : Json.write(record.input()));
        out.putObject("inputDetails").put("included", true);
        if (record.output() != null) {
            out.put("output", Json.write(record.output()));
            out.putObject("outputDetails").put("included", true);
        }
        putIfSet(out, "error", record.error());
        putIfSet(out, "cause", record.cause());
        out.put("redriveCount", record.redriveCount());
        AwsJson.time(out, "redriveDate", record.redriveTime());
        out.put("redriveStatus", redrivable(record) ? "REDRIVABLE" : "NOT_REDRIVABLE");
        return out;
    }

    private JsonNode list(JsonNode request) throws AwsError {
        String machineArn = AwsJson.optional(request, "stateMachineArn");
        String machineName = null;
        if (machineArn != null) {
            machineName = Machine.nameOf(machineArn);
            if (machines.find(machineName).isEmpty() && durable.store().latestVersion(machineName).isEmpty()) {
                throw new AwsError("StateMachineDoesNotExist", "State Machine Does Not Exist: '" + machineArn + "'");
            }
        }
        ExecutionStatus status = statusFilter(AwsJson.optional(request, "statusFilter"));
        int max = AwsJson.maxResults(request, 100);
        int offset = AwsJson.offset(request);
        List<ExecutionRecord> found = durable.list(new ExecutionFilter(machineName, status, offset + max + 1));
        ObjectNode out = AwsJson.object();
        ArrayNode list = out.putArray("executions");
        for (ExecutionRecord record : found.subList(Math.min(offset, found.size()), Math.min(offset + max, found.size()))) {
            list.add(summary(record));
        }
        if (found.size() > offset + max) {
            out.put("nextToken", Integer.toString(offset + max));
        }
        return out;
    }

    private JsonNode history(JsonNode request) throws AwsError {
        String arn = AwsJson.required(request, "executionArn");
        record(arn);
        int max = AwsJson.maxResults(request, 100);
        int offset = AwsJson.offset(request);
        List<ObjectNode> events = new java.util.ArrayList<>(durable.history(arn));
        if (request.path("reverseOrder").asBoolean(false)) {
            java.util.Collections.reverse(events);
        }
        boolean withData = request.path("includeExecutionData").asBoolean(true);
        ObjectNode out = AwsJson.object();
        ArrayNode list = out.putArray("events");
        for (ObjectNode event : events.subList(Math.min(offset, events.size()), Math.min(offset + max, events.size()))) {
            list.add(withData ? event : withoutData(event));
        }
        if (events.size() > offset + max) {
            out.put("nextToken", Integer.toString(offset + max));
        }
        return out;
    }

    private static ObjectNode withoutData(ObjectNode event) {
        ObjectNode copy = event.deepCopy();
        copy.properties().forEach(field -> {
            if (field.getValue().isObject()) {
                ObjectNode details = (ObjectNode) field.getValue();
                details.remove(List.of("input", "output"));
            }
        });
        return copy;
    }

    private JsonNode stop(JsonNode request) throws AwsError {
        String arn = AwsJson.required(request, "executionArn");
        ExecutionRecord record = record(arn);
        if (record.status() == ExecutionStatus.RUNNING) {
            try {
                durable.stop(arn);
            } catch (ExecutionNotFoundException e) {
                // It ended between the read and the stop: AWS answers with its stop date too.
            }
        }
        ObjectNode out = AwsJson.object();
        AwsJson.time(out, "stopDate", record(arn).stopTime() == null ? Instant.now() : record(arn).stopTime());
        return out;
    }

    private JsonNode redrive(JsonNode request) throws AwsError {
        String arn = AwsJson.required(request, "executionArn");
        ExecutionRecord record = record(arn);
        if (!redrivable(record)) {
            throw new AwsError("ExecutionNotRedrivable", "Execution '" + arn + "' is " + record.status()
                    + "; only FAILED, TIMED_OUT and ABORTED executions can be redriven");
        }
        try {
            durable.redrive(arn);
        } catch (ExecutionNotFoundException e) {
            throw new AwsError("ExecutionNotRedrivable", e.getMessage());
        } catch (DefinitionException e) {
            throw new AwsError("InvalidDefinition", String.join("; ", e.problems()));
        }
        ObjectNode out = AwsJson.object();
        AwsJson.time(out, "redriveDate", record(arn).redriveTime());
        return out;
    }

    private ExecutionRecord record(String arn) throws AwsError {
        if (arn == null || !arn.startsWith("arn:aws:states:") || !arn.contains(":execution:")) {
            throw AwsError.invalidArn(arn);
        }
        return durable.describe(arn)
                .orElseThrow(() -> new AwsError("ExecutionDoesNotExist", "Execution Does Not Exist: '" + arn + "'"));
    }

    static ObjectNode summary(ExecutionRecord record) {
        ObjectNode out = AwsJson.object()
                .put("executionArn", record.executionArn())
                .put("stateMachineArn", MachineIdentity.local(record.machineName(), "").arn())
                .put("name", record.name())
                .put("status", record.status().name());
        AwsJson.time(out, "startDate", record.startTime());
        AwsJson.time(out, "stopDate", record.stopTime());
        return out;
    }

    private static boolean redrivable(ExecutionRecord record) {
        return record.status() == ExecutionStatus.FAILED || record.status() == ExecutionStatus.TIMED_OUT
                || record.status() == ExecutionStatus.ABORTED;
    }

    private io.stepline.engine.Pipeline compiled(Machine machine) throws AwsError {
        try {
            return machines.compiled(machine);
        } catch (DefinitionException e) {
            throw new AwsError("InvalidDefinition", "Invalid State Machine Definition: '"
                    + String.join("; ", e.problems()) + "'");
        }
    }

    private static String nameOf(JsonNode request) throws AwsError {
        String name = AwsJson.optional(request, "name");
        if (name == null) {
            return UUID.randomUUID().toString();
        }
        if (!NAME.matcher(name).matches()) {
            throw new AwsError("InvalidName", "Invalid Name: '" + name + "'");
        }
        return name;
    }

    private static ExecutionStatus statusFilter(String text) throws AwsError {
        if (text == null) {
            return null;
        }
        try {
            return ExecutionStatus.valueOf(text);
        } catch (IllegalArgumentException e) {
            throw AwsError.validation("Value '" + text + "' at 'statusFilter' failed to satisfy constraint: Member "
                    + "must satisfy enum value set: [SUCCEEDED, RUNNING, ABORTED, FAILED, TIMED_OUT, PENDING_REDRIVE]");
        }
    }

    private static void putIfSet(ObjectNode out, String field, String value) {
        if (value != null) {
            out.put(field, value);
        }
    }
}
