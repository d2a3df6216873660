package io.stepline.runtime.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepline.json.Json;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Writes events in GetExecutionHistory's shape: id, previousEventId, timestamp (epoch seconds),
 * type, and the type's {@code ...EventDetails} member with data as JSON text, as the API has it.
 */
public final class HistoryJson {
    private static final ObjectNode NOT_TRUNCATED = Json.NODES.objectNode().put("truncated", false);

    private HistoryJson() {
    }

    public static ArrayNode events(List<HistoryEvent> events) {
        ArrayNode array = Json.NODES.arrayNode(events.size());
        events.forEach(event -> array.add(event(event)));
        return array;
    }

    public static ObjectNode event(HistoryEvent event) {
        ObjectNode node = Json.NODES.objectNode();
        node.put("id", event.id());
        node.put("previousEventId", event.previousEventId());
        node.put("timestamp", BigDecimal.valueOf(event.timestamp(), 3));
        node.put("type", event.type().name());
        if (event.type().detailsMember() != null) {
            node.set(event.type().detailsMember(), details(event.details()));
        }
        return node;
    }

    public static ObjectNode details(EventDetails details) {
        ObjectNode node = Json.NODES.objectNode();
        if (details instanceof EventDetails.ExecutionStarted d) {
            data(node, "input", d.input());
            node.put("roleArn", d.roleArn());
            node.put("stateMachineArn", d.stateMachineArn());
        } else if (details instanceof EventDetails.ExecutionRedriven d) {
            node.put("redriveCount", d.redriveCount());
        } else if (details instanceof EventDetails.ExecutionSucceeded d) {
            data(node, "output", d.output());
        } else if (details instanceof EventDetails.Failure d) {
            putIfSet(node, "error", d.error());
            putIfSet(node, "cause", d.cause());
        } else if (details instanceof EventDetails.StateEntered d) {
            node.put("name", d.name());
            data(node, "input", d.input());
        } else if (details instanceof EventDetails.StateExited d) {
            node.put("name", d.name());
            data(node, "output", d.output());
            assigned(node, d.assignedVariables());
        } else if (details instanceof EventDetails.TaskScheduled d) {
            node.put("resourceType", d.resourceType());
            node.put("resource", d.resource());
            node.put("region", d.region());
            node.put("parameters", Json.write(d.parameters()));
            if (d.timeoutInSeconds() != null) {
                node.put("timeoutInSeconds", d.timeoutInSeconds());
            }
            if (d.heartbeatInSeconds() != null) {
                node.put("heartbeatInSeconds", d.heartbeatInSeconds());
            }
        } else if (details instanceof EventDetails.TaskStarted d) {
            node.put("resourceType", d.resourceType());
            node.put("resource", d.resource());
        } else if (details instanceof EventDetails.TaskSucceeded d) {
            node.put("resourceType", d.resourceType());
            node.put("resource", d.resource());
            data(node, "output", d.output());
        } else if (details instanceof EventDetails.TaskSubmitted d) {
            node.put("resourceType", d.resourceType());
            node.put("resource", d.resource());
            data(node, "output", d.output());
        } else if (details instanceof EventDetails.TaskFailed d) {
            node.put("resourceType", d.resourceType());
            node.put("resource", d.resource());
            putIfSet(node, "error", d.error());
            putIfSet(node, "cause", d.cause());
        } else if (details instanceof EventDetails.LambdaScheduled d) {
            node.put("resource", d.resource());
            data(node, "input", d.input());
            if (d.timeoutInSeconds() != null) {
                node.put("timeoutInSeconds", d.timeoutInSeconds());
            }
        } else if (details instanceof EventDetails.LambdaSucceeded d) {
            data(node, "output", d.output());
        } else if (details instanceof EventDetails.MapStarted d) {
            node.put("length", d.length());
        } else if (details instanceof EventDetails.MapIteration d) {
            node.put("name", d.name());
            node.put("index", d.index());
        }
        return node;
    }

    private static void data(ObjectNode node, String field, JsonNode value) {
        node.put(field, value == null ? "null" : Json.write(value));
        node.set(field + "Details", NOT_TRUNCATED);
    }

    private static void assigned(ObjectNode node, Map<String, JsonNode> variables) {
        if (variables == null || variables.isEmpty()) {
            return;
        }
        ObjectNode assigned = node.putObject("assignedVariables");
        variables.forEach((name, value) -> assigned.put(name, Json.write(value)));
        node.set("assignedVariablesDetails", NOT_TRUNCATED);
    }

    private static void putIfSet(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }
}
