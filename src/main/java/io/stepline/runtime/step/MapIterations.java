package io.stepline.runtime.step;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.stepline.json.Json;
import io.stepline.runtime.Frame;
import io.stepline.runtime.Scope;
import io.stepline.runtime.StateVisit;
import io.stepline.runtime.error.CatchPolicy;
import io.stepline.runtime.error.ErrorNames;
import io.stepline.runtime.error.PathCancelled;
import io.stepline.runtime.error.StateFailure;
import io.stepline.runtime.history.EventDetails;
import io.stepline.runtime.history.HistoryEventType;
import io.stepline.runtime.io.ItemSelector;
import io.stepline.runtime.io.Tolerance;
import io.stepline.runtime.time.Cancellation;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs a Map state's iterations. On real time a fixed number of workers (MaxConcurrency, or
 * {@value #UNLIMITED_WORKERS} when unlimited, as AWS caps inline Maps) pull items in order; the
 * caller is one of them. On virtual time the items run one after another, each starting when a
 * concurrency slot would have been free, so timelines match real time.
 */
final class MapIterations {
    static final int UNLIMITED_WORKERS = 40;

    private final String stateName;
    private final Scope processor;
    private final ItemSelector selector;
    private final ExecutorService executor;

    MapIterations(String stateName, Scope processor, ItemSelector selector, ExecutorService executor) {
        this.stateName = stateName;
        this.processor = processor;
        this.selector = selector;
        this.executor = executor;
    }

    /** The iteration outputs in item order, or the failure that ended the Map. */
    JsonNode run(StateVisit visit, JsonNode mapInput, JsonNode items, long maxConcurrency, Tolerance tolerance)
            throws StateFailure {
        Frame parent = visit.frame();
        Cancellation group = parent.cancellation().child();
        try {
            Run run = new Run(visit, mapInput, items, tolerance, group);
            if (parent.timeline().isVirtual()) {
                run.virtually(maxConcurrency);
            } else {
                run.concurrently(maxConcurrency);
            }
            return run.finish();
        } finally {
            group.close();
        }
    }

    /** The state of one Map run. */
    private final class Run {
        private final StateVisit visit;
        private final Frame parent;
        private final JsonNode mapInput;
        private final JsonNode items;
        private final Tolerance tolerance;
        private final Cancellation group;
        private final PathOutcome[] outcomes;
        private final AtomicInteger nextItem = new AtomicInteger();
        private final AtomicLong failures = new AtomicLong();
        private volatile PathOutcome stopper;

        Run(StateVisit visit, JsonNode mapInput, JsonNode items, Tolerance tolerance, Cancellation group) {
            this.visit = visit;
            this.parent = visit.frame();
            this.mapInput = mapInput;
            this.items = items;
            this.tolerance = tolerance;
            this.group = group;
            this.outcomes = new PathOutcome[items.size()];
        }

        void concurrently(long maxConcurrency) {
            int workers = (int) Math.min(items.size(), maxConcurrency > 0 ? maxConcurrency : UNLIMITED_WORKERS);
            List<Future<?>> futures = new ArrayList<>();
            for (int w = 1; w < workers; w++) {
                futures.add(executor.submit(this::work));
            }
            if (workers > 0) {
                work();
            }
            for (Future<?> future : futures) {
                try {
                    future.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new PathCancelled();
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                }
            }
        }

        private void work() {
            int index;
            while (!group.isCancelled() && (index = nextItem.getAndIncrement()) < outcomes.length) {
                iterate(index, parent.timeline().fork());
            }
        }

        void virtually(long maxConcurrency) {
            PriorityQueue<Long> freeSlots = new PriorityQueue<>();
            long start = parent.timeline().now();
            for (int index = 0; index < outcomes.length && stopper == null; index++) {
                long begin = start;
                if (maxConcurrency > 0 && freeSlots.size() >= maxConcurrency) {
                    begin = Math.max(start, freeSlots.poll());
                }
                var timeline = parent.timeline().fork();
                timeline.advanceTo(begin);
                freeSlots.add(iterate(index, timeline).endTime());
            }
        }

        private PathOutcome iterate(int index, io.stepline.runtime.time.Timeline timeline) {
            JsonNode item = items.get(index);
            Frame child = new Frame(parent.execution(), parent.variables().child(), timeline, group, null,
                    processor.start(), parent.lastEventId());
            EventDetails.MapIteration details = new EventDetails.MapIteration(stateName, index);
            child.record(HistoryEventType.MapIterationStarted, details);
            PathOutcome outcome;
            try {
                child.continueWith(selector == null ? item : selector.select(visit, mapInput, index, item),
                        processor.start());
                outcome = PathOutcome.run(processor, child);
            } catch (StateFailure failure) {
                outcome = new PathOutcome(null, failure, null, timeline.now());
            }
            outcomes[index] = outcome;
            if (outcome.succeeded()) {
                child.record(HistoryEventType.MapIterationSucceeded, details);
            } else if (outcome.cancelled()) {
                child.record(HistoryEventType.MapIterationAborted, details);
            } else {
                child.record(HistoryEventType.MapIterationFailed, details);
                onFailure(outcome);
            }
            return outcome;
        }

        private void onFailure(PathOutcome outcome) {
            long failed = outcome.interruption() != null ? Long.MAX_VALUE : failures.incrementAndGet();
            if (outcome.interruption() != null || tolerance.exceeded(failed, outcomes.length)) {
                synchronized (this) {
                    if (stopper == null || outcome.endTime() < stopper.endTime()) {
                        stopper = outcome;
                    }
                }
                group.cancel();
            }
        }

        JsonNode finish() throws StateFailure {
            parent.checkRunning();
            if (stopper != null) {
                parent.timeline().advanceTo(stopper.endTime());
                if (tolerance.isSet() && stopper.failure() != null) {
                    throw new StateFailure(ErrorNames.EXCEED_TOLERATED_FAILURE_THRESHOLD,
                            "The specified tolerated failure threshold was exceeded");
                }
                stopper.rethrow();
            }
            ArrayNode results = Json.NODES.arrayNode(outcomes.length);
            long end = parent.timeline().now();
            for (PathOutcome outcome : outcomes) {
                end = Math.max(end, outcome.endTime());
                results.add(outcome.succeeded() ? outcome.output() : CatchPolicy.errorOutput(outcome.failure()));
            }
            parent.timeline().advanceTo(end);
            return results;
        }
    }
}
