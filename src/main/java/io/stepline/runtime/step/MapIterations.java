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
 * <p>
 * History follows AWS: a worker's next iteration links to the last state event of its previous
 * one (MapIteration{Succeeded,Failed} are recorded aside); a worker's final successful iteration
 * ends with its MapIterationSucceeded, and the Map continues after the latest worker.
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

    /** One iteration's outcome and the id of the MapIteration* event that closed it. */
    private record Iteration(PathOutcome outcome, long endedEventId) {
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
            List<Future<Long>> futures = new ArrayList<>();
            for (int w = 1; w < workers; w++) {
                futures.add(executor.submit(this::work));
            }
            long last = workers > 0 ? work() : parent.lastEventId();
            for (Future<Long> future : futures) {
                try {
                    last = Math.max(last, future.get());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new PathCancelled();
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                }
            }
            parent.continueAfter(last);
        }

        /** One worker: takes items until none are left; returns the event the Map continues from. */
        private long work() {
            long chain = parent.lastEventId();
            int index = group.isCancelled() ? outcomes.length : nextItem.getAndIncrement();
            while (index < outcomes.length) {
                Iteration iteration;
                try {
                    iteration = iterate(index, parent.timeline().fork(), chain);
                } catch (RuntimeException fault) {
                    group.cancel(); // an engine fault stops the other workers; the fault itself goes up
                    throw fault;
                }
                chain = iteration.outcome().lastEventId();
                boolean stopped = group.isCancelled();
                index = stopped ? outcomes.length : nextItem.getAndIncrement();
                if (!stopped && index >= outcomes.length && iteration.outcome().succeeded()) {
                    chain = iteration.endedEventId();
                }
            }
            return chain;
        }

        void virtually(long maxConcurrency) {
            PriorityQueue<Slot> slots = new PriorityQueue<>();
            List<Slot> unlimited = new ArrayList<>();
            long start = parent.timeline().now();
            int opened = 0;
            for (int index = 0; index < outcomes.length && stopper == null; index++) {
                Slot slot = maxConcurrency > 0 && slots.size() >= maxConcurrency ? slots.poll()
                        : new Slot(start, parent.lastEventId(), parent.lastEventId(), opened++);
                var timeline = parent.timeline().fork();
                timeline.advanceTo(Math.max(start, slot.freeAt()));
                Iteration iteration = iterate(index, timeline, slot.chain());
                PathOutcome outcome = iteration.outcome();
                Slot next = new Slot(outcome.endTime(), outcome.lastEventId(),
                        outcome.succeeded() ? iteration.endedEventId() : outcome.lastEventId(), slot.order());
                (maxConcurrency > 0 ? slots : unlimited).add(next);
            }
            long last = parent.lastEventId();
            for (Slot slot : slots) {
                last = Math.max(last, stopper == null ? slot.ended() : slot.chain());
            }
            for (Slot slot : unlimited) {
                last = Math.max(last, stopper == null ? slot.ended() : slot.chain());
            }
            parent.continueAfter(last);
        }

        private Iteration iterate(int index, io.stepline.runtime.time.Timeline timeline, long chain) {
            JsonNode item = items.get(index);
            Frame child = new Frame(parent.execution(), parent.variables().child(), timeline, group, null,
                    processor.start(), chain);
            EventDetails.MapIteration details = new EventDetails.MapIteration(stateName, index);
            child.record(HistoryEventType.MapIterationStarted, details);
            PathOutcome outcome;
            try {
                child.continueWith(selector == null ? item : selector.select(visit, mapInput, index, item),
                        processor.start());
                outcome = PathOutcome.run(processor, child);
            } catch (StateFailure failure) {
                outcome = new PathOutcome(null, failure, null, timeline.now(), child.lastEventId());
            }
            outcomes[index] = outcome;
            long ended;
            if (outcome.succeeded()) {
                ended = child.recordAside(HistoryEventType.MapIterationSucceeded, details);
            } else if (outcome.cancelled()) {
                ended = child.recordAside(HistoryEventType.MapIterationAborted, details);
            } else {
                ended = child.recordAside(HistoryEventType.MapIterationFailed, details);
                onFailure(outcome);
            }
            return new Iteration(outcome, ended);
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

        /** A concurrency slot on virtual time: when it is free, and the events its next item follows. */
        private record Slot(long freeAt, long chain, long ended, int order) implements Comparable<Slot> {
            @Override
            public int compareTo(Slot other) {
                int byTime = Long.compare(freeAt, other.freeAt);
                return byTime != 0 ? byTime : Integer.compare(order, other.order);
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
