package io.stepline.runtime.step;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.runtime.ChildPaths;
import io.stepline.runtime.Frame;
import io.stepline.runtime.PathListener;
import io.stepline.runtime.PathRunner;
import io.stepline.runtime.error.CatchPolicy;
import io.stepline.runtime.error.ErrorNames;
import io.stepline.runtime.error.PathCancelled;
import io.stepline.runtime.error.StateFailure;
import io.stepline.runtime.history.EventDetails;
import io.stepline.runtime.history.HistoryEventType;
import io.stepline.runtime.io.Tolerance;
import io.stepline.runtime.time.Cancellation;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The child paths of one Parallel or Map attempt, run while the parent path is parked. At most
 * {@code limit} run at once (a Map's MaxConcurrency); when one ends, the next item starts in its
 * slot, and its first event follows the slot's previous iteration (AWS's history). The first
 * failure that is not tolerated cancels the others and wakes the parent at once; otherwise the
 * parent wakes when the last child has ended. A durable execution's group can be rebuilt from
 * its children's checkpoints after a restart.
 *
 * <p>Children are launched on the pool, so their first writes commit in any order: after a
 * crash, a child may be missing from the store while a later sibling is there. Nothing of such a
 * child was written (its first write holds its first events), so the rebuilt group starts it
 * again, before the items no child had reached.
 */
final class ChildGroup {

    /** Creates child {@code index}, whose first event follows {@code chainEventId}. */
    @FunctionalInterface
    interface ChildFactory {
        Frame create(int index, long chainEventId, Cancellation cancellation, PathListener listener);
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
    private final long firstChain;
    /** Restored groups: items below {@link #nextIndex} whose child never reached the store. */
    private final Deque<Integer> unwritten = new ArrayDeque<>();
    private int nextIndex;
    private int running;
    private long failed;
    private StateFailure stopFailure;
    private RuntimeException stopInterruption;
    private boolean stopped;
    private boolean completed;
    private long continueFrom;

    ChildGroup(Frame parent, int size, int limit, Tolerance tolerance, MapEvents mapEvents, ChildFactory factory) {
        this.parent = parent;
        this.size = size;
        this.limit = Math.max(1, limit);
        this.tolerance = tolerance;
        this.mapEvents = mapEvents;
        this.factory = factory;
        this.cancellation = parent.cancellation().child();
        this.outputs = new JsonNode[size];
        this.failures = new StateFailure[size];
        this.firstChain = parent.lastEventId();
        this.continueFrom = firstChain;
    }

    /** Starts the first children; the parent must already be parked. */
    void start() {
        int slots;
        synchronized (this) {
            slots = Math.min(size, limit);
            running = slots;
            nextIndex = slots;
        }
        if (slots == 0) {
            complete();
            return;
        }
        long chain = parent.lastEventId();
        for (int index = 0; index < slots; index++) {
            launch(index, chain);
        }
    }

    /**
     * Rebuilds the group of a restored parent from its children's checkpoints: ended children
     * count with their outcome, running ones resume, and free slots take the next items.
     */
    void restore(ChildPaths paths, String prefix) {
        List<ChildPaths.Child> resuming = new ArrayList<>();
        List<Integer> launching = new ArrayList<>();
        synchronized (this) {
            boolean[] written = new boolean[size];
            for (ChildPaths.Child child : paths.children(prefix)) {
                written[child.index()] = true;
                nextIndex = Math.max(nextIndex, child.index() + 1);
                if (child.outcome() == null) {
                    resuming.add(child);
                } else {
                    count(child.index(), child.outcome());
                }
            }
            for (int index = 0; index < nextIndex; index++) {
                if (!written[index]) {
                    unwritten.add(index);
                }
            }
            running = resuming.size();
            while (!stopped && running < limit && hasNextItem()) {
                launching.add(takeNextItem());
                running++;
            }
        }
        for (ChildPaths.Child child : resuming) {
            paths.resume(child, cancellation, path -> ended(child.index(), path));
        }
        for (int index : launching) {
            // The first items' events follow the state's own, as when the group first started.
            launch(index, index < limit ? firstChain : continueFrom());
        }
        boolean done;
        synchronized (this) {
            done = !completed && (stopped || running == 0);
            completed |= done;
        }
        if (done) {
            complete();
        }
    }

    /** Takes a restored child's outcome into account, as {@link #ended} does for a live one. */
    private void count(int index, JsonNode outcome) {
        String status = outcome.path("status").asText();
        long last = outcome.path("lastEventId").asLong();
        if ("succeeded".equals(status)) {
            outputs[index] = outcome.get("value");
            continueFrom = Math.max(continueFrom, Math.max(last, outcome.path("closingEventId").asLong()));
        } else if ("failed".equals(status)) {
            StateFailure failure = new StateFailure(textOrNull(outcome, "error"), textOrNull(outcome, "cause"));
            failures[index] = failure;
            continueFrom = Math.max(continueFrom, last);
            if (!stopped && tolerance.exceeded(++failed, size)) {
                stopped = true;
                stopFailure = failure;
            }
        } else {
            continueFrom = Math.max(continueFrom, last);
        }
    }

    private boolean hasNextItem() {
        return !unwritten.isEmpty() || nextIndex < size;
    }

    /** The lowest item not started yet. */
    private int takeNextItem() {
        return unwritten.isEmpty() ? nextIndex++ : unwritten.poll();
    }

    private static String textOrNull(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
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
            child.closingEventId(closing);
        }
        child.execution().journal().ended(child, null);
        int following = -1;
        boolean wakeParent = false;
        boolean stopNow = false;
        synchronized (this) {
            running--;
            if (child.succeeded()) {
                outputs[index] = child.value();
            } else if (!cancelled) {
                failures[index] = child.failure();
                long count = child.interruption() != null ? Long.MAX_VALUE : ++failed;
                if (!stopped && (child.interruption() != null || tolerance.exceeded(count, size))) {
                    stopped = true;
                    stopNow = true;
                    stopFailure = child.failure();
                    stopInterruption = child.interruption();
                }
            }
            if (!stopped && hasNextItem()) {
                following = takeNextItem();
                running++;
            } else {
                boolean slotEndsWell = !stopped && child.succeeded();
                continueFrom = Math.max(continueFrom, slotEndsWell ? closing : last);
            }
            if (!completed && (stopped || running == 0)) {
                completed = true;
                wakeParent = true;
            }
        }
        if (stopNow) {
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
        if (stopped) {
            if (stopInterruption != null) {
                throw stopInterruption;
            }
            if (tolerance.isSet()) {
                throw new StateFailure(ErrorNames.EXCEED_TOLERATED_FAILURE_THRESHOLD,
                        "The specified tolerated failure threshold was exceeded");
            }
            throw stopFailure;
        }
        JsonNode[] results = outputs.clone();
        for (int i = 0; i < size; i++) {
            if (results[i] == null && failures[i] != null) {
                results[i] = CatchPolicy.errorOutput(failures[i]);
            }
        }
        return results;
    }
}
