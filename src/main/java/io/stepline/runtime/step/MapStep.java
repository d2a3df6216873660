package io.stepline.runtime.step;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.expression.EvaluationException;
import io.stepline.expression.EvaluationScope;
import io.stepline.runtime.ChildPaths;
import io.stepline.runtime.Frame;
import io.stepline.runtime.Scope;
import io.stepline.runtime.StateVisit;
import io.stepline.runtime.error.Recovery;
import io.stepline.runtime.error.StateFailure;
import io.stepline.runtime.history.EventDetails;
import io.stepline.runtime.history.HistoryEventType;
import io.stepline.runtime.io.DataFlow;
import io.stepline.runtime.io.DynamicInteger;
import io.stepline.runtime.io.DynamicPercentage;
import io.stepline.runtime.io.ItemSelector;
import io.stepline.runtime.io.ItemsSource;
import io.stepline.runtime.io.Tolerance;

/**
 * Map: runs the item processor once per item, at most MaxConcurrency at a time ({@value
 * #UNLIMITED} when unlimited, as AWS caps inline Maps), and returns the iteration outputs in
 * item order. DISTRIBUTED definitions run the same way, in this process.
 */
public final class MapStep extends RecoverableStep {
    static final int UNLIMITED = 40;

    /** MaxConcurrency and the tolerated-failure limits, each null when not set. */
    public record Limits(DynamicInteger maxConcurrency, DynamicInteger toleratedCount,
            DynamicPercentage toleratedPercentage, boolean distributed) {
    }

    private final ItemsSource items;
    private final ItemSelector selector;
    private final Scope processor;
    private final Limits limits;

    public MapStep(String name, DataFlow flow, ItemsSource items, ItemSelector selector, Scope processor,
            Limits limits, Recovery recovery, int next) {
        super(name, flow, HistoryEventType.MapStateEntered, HistoryEventType.MapStateExited, recovery, next);
        this.items = items;
        this.selector = selector;
        this.processor = processor;
        this.limits = limits;
    }

    @Override
    protected void attempt(Attempts attempts) throws StateFailure {
        StateVisit visit = attempts.visit();
        Frame frame = visit.frame();
        JsonNode effective = attempts.effective();
        EvaluationScope scope = visit.withInput(effective);
        long maxConcurrency = limits.maxConcurrency() == null ? 0 : resolve(visit, limits.maxConcurrency(), scope);
        JsonNode list = items.items(visit, effective);
        frame.record(HistoryEventType.MapStateStarted, new EventDetails.MapStarted(list.size()));
        Tolerance tolerance = tolerance(visit, scope);
        int limit = (int) Math.min(list.size(), maxConcurrency > 0 ? maxConcurrency : UNLIMITED);
        ChildGroup group = group(attempts, list, limit, tolerance);
        frame.park(() -> attempts.childrenEnded(group, HistoryEventType.MapStateSucceeded), () -> {
            var node = attempts.describe("children");
            node.set("items", list);
            node.put("limit", limit);
            node.put("toleratedCount", tolerance.count());
            node.put("toleratedPercentage", tolerance.percentage());
            return node;
        }, null);
        group.start();
    }

    @Override
    protected void restoreAttempt(Attempts attempts, JsonNode resume, ChildPaths children) {
        Frame frame = attempts.visit().frame();
        Tolerance tolerance = new Tolerance(resume.path("toleratedCount").asLong(-1),
                resume.path("toleratedPercentage").asDouble(-1));
        ChildGroup group = group(attempts, resume.get("items"), resume.path("limit").asInt(1), tolerance);
        frame.park(() -> attempts.childrenEnded(group, HistoryEventType.MapStateSucceeded));
        group.restore(children, frame.childPathPrefix(attempts.visit().enteredEventId(), attempts.visit().retryCount()));
    }

    private ChildGroup group(Attempts attempts, JsonNode list, int limit, Tolerance tolerance) {
        return new ChildGroup(attempts.visit().frame(), list.size(), limit, tolerance, new ChildGroup.MapEvents(name),
                (index, chain, cancellation, listener) -> iteration(attempts.visit(), attempts.effective(),
                        list.get(index), index, chain, cancellation, listener));
    }

    private Frame iteration(StateVisit visit, JsonNode mapInput, JsonNode item, int index, long chain,
            io.stepline.runtime.time.Cancellation cancellation, io.stepline.runtime.PathListener listener) {
        Frame parent = visit.frame();
        Frame child = new Frame(parent.execution(),
                parent.childPathId(visit.enteredEventId(), visit.retryCount(), index), parent.pathId(), processor,
                parent.variables().child(), cancellation, item, chain, listener);
        child.record(HistoryEventType.MapIterationStarted, new EventDetails.MapIteration(name, index));
        if (selector != null) {
            child.guard(() -> child.continueWith(selector.select(visit, mapInput, index, item), processor.start()));
        }
        return child;
    }

    @Override
    protected void givingUp(Attempts attempts, StateFailure failure) {
        // AWS records MapStateFailed once, when the iterations' error is no longer retried.
        if (failure == attempts.childFailure()) {
            attempts.visit().frame().record(HistoryEventType.MapStateFailed, EventDetails.NONE);
        }
    }

    private Tolerance tolerance(StateVisit visit, EvaluationScope scope) throws StateFailure {
        if (limits.toleratedCount() == null && limits.toleratedPercentage() == null) {
            // A distributed Map run tolerates no failure by default and says so with
            // States.ExceedToleratedFailureThreshold; an inline Map fails with the item's own error.
            return limits.distributed() ? new Tolerance(0, -1) : Tolerance.NONE;
        }
        try {
            long count = limits.toleratedCount() == null ? -1 : limits.toleratedCount().resolve(scope);
            double percentage = limits.toleratedPercentage() == null ? -1
                    : limits.toleratedPercentage().resolve(scope);
            return new Tolerance(count, percentage);
        } catch (EvaluationException e) {
            throw visit.failure(e);
        }
    }

    private static long resolve(StateVisit visit, DynamicInteger value, EvaluationScope scope) throws StateFailure {
        try {
            return value.resolve(scope);
        } catch (EvaluationException e) {
            throw visit.failure(e);
        }
    }
}
