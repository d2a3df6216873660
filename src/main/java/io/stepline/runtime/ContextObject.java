package io.stepline.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepline.json.Json;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Set;

/**
 * Builds the context object ({@code $$}, {@code $states.context}): Execution, StateMachine, State,
 * and Task/Map members where they apply, then any members the execution's starter added (a
 * scheduled run's {@code Schedule}). Built on demand, since few states read it.
 */
public final class ContextObject {
    /** AWS prints context timestamps with milliseconds, in UTC: 2019-03-26T20:14:13.192Z. */
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    public static final String ROLE_ARN = "arn:aws:iam::000000000000:role/stepline-local";

    /** AWS's own top-level members: an added member may not take one of these names. */
    private static final Set<String> AWS_MEMBERS = Set.of("Execution", "StateMachine", "State", "Task", "Map");

    private ContextObject() {
    }

    /**
     * {@code members}, checked to add to AWS's: an object (or null for none) whose names are
     * not AWS's, so a state reading {@code $$.Execution...} sees what it would on AWS.
     */
    public static ObjectNode checkMembers(ObjectNode members) {
        if (members != null) {
            members.fieldNames().forEachRemaining(name -> {
                if (AWS_MEMBERS.contains(name)) {
                    throw new IllegalArgumentException("the context object member " + name
                            + " is AWS's own; added members need other names");
                }
            });
        }
        return members;
    }

    public static String timestamp(long epochMillis) {
        return TIMESTAMP.format(Instant.ofEpochMilli(epochMillis));
    }

    static ObjectNode build(Execution execution, String stateName, long enteredTime, int retryCount,
            String taskToken) {
        ObjectNode context = Json.NODES.objectNode();
        ObjectNode exec = context.putObject("Execution");
        exec.put("Id", execution.arn());
        exec.set("Input", execution.input());
        exec.put("StartTime", timestamp(execution.startTime()));
        exec.put("Name", execution.name());
        exec.put("RoleArn", ROLE_ARN);
        exec.put("RedriveCount", execution.redriveCount());
        ObjectNode machine = context.putObject("StateMachine");
        machine.put("Id", execution.machine().arn());
        machine.put("Name", execution.machine().name());
        ObjectNode state = context.putObject("State");
        state.put("EnteredTime", timestamp(enteredTime));
        state.put("Name", stateName);
        state.put("RetryCount", retryCount);
        if (taskToken != null) {
            context.putObject("Task").put("Token", taskToken);
        }
        if (execution.contextMembers() != null) {
            // copies: a state's output may embed what it read, and the next visit builds afresh
            context.setAll(execution.contextMembers().deepCopy());
        }
        return context;
    }

    /** The context with {@code Map.Item} added, as ItemSelector sees it for one item. */
    static ObjectNode withMapItem(JsonNode context, int index, JsonNode value) {
        ObjectNode copy = Json.NODES.objectNode();
        copy.setAll((ObjectNode) context);
        ObjectNode item = copy.putObject("Map").putObject("Item");
        item.put("Index", index);
        item.set("Value", value);
        return copy;
    }
}
