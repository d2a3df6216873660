package io.stepline.runtime.durable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepline.json.Json;
import io.stepline.runtime.Frame;
import io.stepline.runtime.error.PathCancelled;

/**
 * The checkpoint of a path, as the store keeps it: its graph, its last state boundary (the next
 * state and its input, its own variables, the event it continues from), the state it is parked
 * in and how to carry on there, and once it has ended, its outcome.
 */
final class Checkpoints {
    private Checkpoints() {
    }

    static ObjectNode of(Frame frame, boolean parked) {
        ObjectNode node = Json.NODES.objectNode();
        node.put("scope", frame.scope().key());
        node.put("next", frame.boundaryNext());
        node.set("value", frame.boundaryValue());
        ObjectNode variables = node.putObject("variables");
        frame.variables().own().forEach(variables::set);
        node.put("boundaryEventId", frame.boundaryEventId());
        node.put("lastEventId", frame.lastEventId());
        if (frame.lastResume() != null) {
            node.put("inState", frame.parkedState());
            node.set("parked", frame.lastResume());
            node.put("parkedNow", parked);
        }
        return node;
    }

    /** The checkpoint of an ended path, with its outcome. */
    static ObjectNode ended(Frame frame) {
        ObjectNode node = of(frame, false);
        ObjectNode outcome = node.putObject("outcome");
        if (frame.succeeded()) {
            outcome.put("status", "succeeded");
            outcome.set("value", frame.value());
        } else if (frame.failure() != null) {
            outcome.put("status", "failed");
            outcome.put("error", frame.failure().error());
            outcome.put("cause", frame.failure().cause());
        } else {
            outcome.put("status", frame.interruption() instanceof PathCancelled ? "cancelled" : "interrupted");
        }
        outcome.put("lastEventId", frame.lastEventId());
        outcome.put("closingEventId", frame.closingEventId());
        return node;
    }
}
