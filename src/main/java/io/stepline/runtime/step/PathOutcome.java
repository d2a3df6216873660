package io.stepline.runtime.step;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.runtime.Frame;
import io.stepline.runtime.Scope;
import io.stepline.runtime.error.ExecutionTimedOut;
import io.stepline.runtime.error.PathCancelled;
import io.stepline.runtime.error.StateFailure;

/**
 * How one child path (branch or iteration) ended, when on its timeline (under virtual time the
 * earliest failure wins, as it would have in real time), and its last event, which the parent
 * path continues from.
 */
record PathOutcome(JsonNode output, StateFailure failure, RuntimeException interruption, long endTime,
        long lastEventId) {

    boolean succeeded() {
        return failure == null && interruption == null;
    }

    boolean cancelled() {
        return interruption instanceof PathCancelled;
    }

    /** Runs a child frame through its scope and captures the ending. */
    static PathOutcome run(Scope scope, Frame child) {
        try {
            scope.run(child);
            return new PathOutcome(child.value(), null, null, child.timeline().now(), child.lastEventId());
        } catch (StateFailure failure) {
            return new PathOutcome(null, failure, null, child.timeline().now(), child.lastEventId());
        } catch (ExecutionTimedOut | PathCancelled interruption) {
            return new PathOutcome(null, null, interruption, child.timeline().now(), child.lastEventId());
        }
    }

    /** Rethrows what ended this path when it did not succeed. */
    void rethrow() throws StateFailure {
        if (interruption != null) {
            throw interruption;
        }
        if (failure != null) {
            throw failure;
        }
    }
}
