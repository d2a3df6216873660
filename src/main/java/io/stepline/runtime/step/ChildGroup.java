package io.stepline.runtime.step;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.runtime.Frame;
import io.stepline.runtime.PathRunner;
import io.stepline.runtime.error.ErrorNames;
import io.stepline.runtime.error.PathCancelled;
import io.stepline.runtime.error.StateFailure;
import io.stepline.runtime.history.EventDetails;
import io.stepline.runtime.history.HistoryEventType;
import io.stepline.runtime.io.Tolerance;
import io.stepline.runtime.time.Cancellation;

/**
 * The child paths of one Parallel or Map attempt, run while the parent path is parked. At most
 * {@code limit} run at once (a Map's MaxConcurrency); when one ends, the next item starts in its
 * slot, and its first event follows the slot's previous iteration (AWS's history). The first
 * failure that is not tolerated cancels the others and wakes the parent at once; otherwise the
 * parent wakes when the last child has ended.
 */
final class ChildGroup {

    /** Creates child {@code index}, whose first event follows {@code chainEventId}. */
    @FunctionalInterface
    interface ChildFactory {
        Frame create(int index, long chainEventId, Cancellation cancellation, io.stepline.runtime.PathListener listener);
    }

    /** Map iterations record MapIteration* events around each child; Parallel branches do not. */
    record MapEvents(String stateName) {
    }

    private final Frame parent;
    private final int size;
    private final int limit;
    private final Tolerance tolerance;
    private final MapEvents mapEvents;
    private final ChildFactory factory;
    private final Cancellation cancellation;
    private final JsonNode[] outputs;
    private final StateFailure[] failures;
    private int nextIndex;
    private int running;
    private long failed;
    private Frame stopper;
    private boolean completed;
    private long continueFrom;

    ChildGroup(Frame parent, int size, int limit, Tolerance tolerance, MapEvents mapEvents, ChildFactory factory) {
        this.parent = parent;
        this.size = size;
        this.limit = limit;
        this.tolerance = tolerance;
        this.mapEvents = mapEvents;
        this.factory = factory;
        this.cancellation = parent.cancellation().child();
        this.outputs = new JsonNode[size];
        this.failures = new StateFailure[size];
        this.continueFrom = parent.lastEventId();
    }

    /** Starts the first children; the parent must already be parked. */
    void start() {
        int slots;
        synchronized (this) {
            slots = Math.min(size, limit);
            if (slots == 0) {
                complete();
                return;
            }
            running = slots;
            nextIndex = slots;
        }
        long chain = parent.lastEventId();
        for (int index = 0; index < slots; index++) {
            launch(index, chain);
        }
    }

    private void launch(int index, long chain) {
        parent.scheduler().execute(() -> {
            Frame child = factory.create(index, chain, cancellation, path -> ended(index, path));
            child.started();
            PathRunner.run(child);
        });
    }

    private void ended(int index, Frame child) {
        long last = child.lastEventId();
        long closing = last;
        boolean cancelled = child.interruption() instanceof PathCancelled;
        if (mapEvents != null) {
            var details = new EventDetails.MapIteration(mapEvents.stateName(), index);
            closing = child.recordAside(child.succeeded() ? HistoryEventType.MapIterationSucceeded
                    : cancelled ? HistoryEventType.MapIterationAborted : HistoryEventType.MapIterationFailed, details);
        }
        int following = -1;
        boolean wakeParent = false;
        synchronized (this) {
            running--;
            if (child.succeeded()) {
                outputs[index] = child.value();
            } else if (!cancelled) {
                failures[index] = child.failure();
                long count = child.interruption() != null ? Long.MAX_VALUE : ++failed;
                if (stopper == null && (child.interruption() != null || tolerance.exceeded(count, size))) {
                    stopper = child;
                }
            }
            if (stopper == null && nextIndex < size) {
                following = nextIndex++;
                running++;
            } else {
                boolean slotEndsWell = stopper == null && child.succeeded();
                continueFrom = Math.max(continueFrom, slotEndsWell ? closing : last);
            }
            if (!completed && (stopper != null || running == 0)) {
                completed = true;
                wakeParent = true;
            }
        }
        if (stopper == child) {
            cancellation.cancel(new PathCancelled());
        }
        if (following >= 0) {
            launch(following, last);
        }
        if (wakeParent) {
            complete();
        }
    }

    private void complete() {
        synchronized (this) {
            completed = true;
        }
        parent.wake(null);
    }

    /** Called by the woken parent: the event its path continues from. */
    synchronized long continueFrom() {
        return continueFrom;
    }

    /**
     * Called by the woken parent: throws what ended the group early (the first failure, or an
     * interruption), else returns the children's outputs, a tolerated failure's error output in
     * its place.
     */
    synchronized JsonNode[] outputsOrThrow() throws StateFailure {
        cancellation.close();
        if (stopper != null) {
            if (stopper.interruption() != null) {
                throw stopper.interruption();
            }
            if (tolerance.isSet()) {
                throw new StateFailure(ErrorNames.EXCEED_TOLERATED_FAILURE_THRESHOLD,
                        "The specified tolerated failure threshold was exceeded");
            }
            throw stopper.failure();
        }
        JsonNode[] results = outputs.clone();
        for (int i = 0; i < size; i++) {
            if (results[i] == null && failures[i] != null) {
                results[i] = io.stepline.runtime.error.CatchPolicy.errorOutput(failures[i]);
            }
        }
        return results;
    }
}
