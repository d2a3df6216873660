package io.stepline.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.expression.EvaluationScope;
import io.stepline.expression.jsonata.JsonataBindings;
import io.stepline.runtime.error.StateFailure;
import io.stepline.expression.EvaluationException;
import java.util.Map;

/**
 * One entry into one state: when it was entered (its event id appears in AWS's error causes),
 * its retry count, and what its expressions read. {@code $} reads {@link #input()}, which the
 * state moves along as data flows (effective input, then raw result for ResultSelector).
 */
public final class StateVisit implements EvaluationScope {
    private final Frame frame;
    private final String stateName;
    private final long enteredEventId;
    private final long enteredTime;
    private final JsonNode stateInput;
    private int retryCount;
    private JsonNode input;
    private JsonNode result;
    private JsonNode errorOutput;
    private JsonNode context;
    private String taskToken;
    private Map<String, JsonNode> pendingAssignments = Map.of();
    private JsonataBindings jsonata;

    public StateVisit(Frame frame, String stateName, long enteredEventId, JsonNode stateInput) {
        this(frame, stateName, enteredEventId, frame.now(), stateInput, 0);
    }

    private StateVisit(Frame frame, String stateName, long enteredEventId, long enteredTime, JsonNode stateInput,
            int retryCount) {
        this.frame = frame;
        this.stateName = stateName;
        this.enteredEventId = enteredEventId;
        this.enteredTime = enteredTime;
        this.stateInput = stateInput;
        this.input = stateInput;
        this.retryCount = retryCount;
    }

    /** What a durable checkpoint keeps of the visit: enough to carry on in it after a restart. */
    public com.fasterxml.jackson.databind.node.ObjectNode snapshot() {
        var node = io.stepline.json.Json.NODES.objectNode();
        node.put("state", stateName);
        node.put("enteredEventId", enteredEventId);
        node.put("enteredTime", enteredTime);
        node.set("input", stateInput);
        node.put("retryCount", retryCount);
        return node;
    }

    /** The visit a checkpoint was taken in, on the restored frame. */
    public static StateVisit restore(Frame frame, JsonNode snapshot) {
        return new StateVisit(frame, snapshot.path("state").asText(), snapshot.path("enteredEventId").asLong(),
                snapshot.path("enteredTime").asLong(), snapshot.get("input"), snapshot.path("retryCount").asInt());
    }

    public Frame frame() {
        return frame;
    }

    public String stateName() {
        return stateName;
    }

    public long enteredEventId() {
        return enteredEventId;
    }

    /** The state's raw input, before InputPath ({@code $states.input} in JSONata). */
    public JsonNode stateInput() {
        return stateInput;
    }

    @Override
    public JsonNode input() {
        return input;
    }

    /** Points {@code $} at another document (effective input, raw result, error output). */
    public void input(JsonNode document) {
        this.input = document;
    }

    public JsonNode result() {
        return result;
    }

    public void result(JsonNode value) {
        this.result = value;
    }

    public JsonNode errorOutput() {
        return errorOutput;
    }

    public void errorOutput(JsonNode value) {
        this.errorOutput = value;
    }

    public int retryCount() {
        return retryCount;
    }

    public void retried() {
        retryCount++;
        taskToken = null; // each attempt of a callback task gets its own token
        context = null;
    }

    /** The callback task token of this visit ({@code $$.Task.Token}), or null. */
    public String taskToken() {
        return taskToken;
    }

    public void taskToken(String token) {
        this.taskToken = token;
        this.context = null;
    }

    @Override
    public JsonNode context() {
        if (context == null) {
            context = ContextObject.build(frame.execution(), stateName, enteredTime, retryCount, taskToken);
        }
        return context;
    }

    /**
     * What this state's JSONata expressions read: {@code $states.input} is the raw state input;
     * built once per visit so every expression shares its conversions.
     */
    public JsonataBindings jsonata() {
        if (jsonata == null) {
            jsonata = JsonataBindings.of(withInput(stateInput));
        }
        return jsonata;
    }

    /** The JSONata bindings with {@code $states.result} set when the state has a result. */
    public JsonataBindings jsonataWithResult() {
        return result == null ? jsonata() : jsonata().withResult(result);
    }

    /** The scope ItemSelector evaluates in for one Map item: {@code $$.Map.Item} is set. */
    public EvaluationScope forMapItem(JsonNode mapInput, int index, JsonNode item) {
        JsonNode itemContext = ContextObject.withMapItem(context(), index, item);
        StateVisit outer = this;
        return new EvaluationScope() {
            @Override
            public JsonNode input() {
                return mapInput;
            }

            @Override
            public JsonNode context() {
                return itemContext;
            }

            @Override
            public JsonNode variable(String name) {
                return outer.variable(name);
            }
        };
    }

    @Override
    public JsonNode variable(String name) {
        return frame.variables().get(name);
    }

    /** Assignments evaluated by this state; they take effect when it exits. */
    public void pendingAssignments(Map<String, JsonNode> assignments) {
        this.pendingAssignments = assignments;
    }

    public Map<String, JsonNode> pendingAssignments() {
        return pendingAssignments;
    }

    /** Wraps an expression failure with AWS's "An error occurred while executing the state..." prefix. */
    public StateFailure failure(EvaluationException e) {
        return StateFailure.inState(stateName, enteredEventId, e);
    }
}
