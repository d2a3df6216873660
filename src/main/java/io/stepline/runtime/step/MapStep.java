package io.stepline.runtime.step;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.expression.EvaluationException;
import io.stepline.expression.EvaluationScope;
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
import java.util.concurrent.ExecutorService;

/**
 * Map: runs the item processor once per item (inline; DISTRIBUTED definitions run the same way
 * in this process) and returns the array of iteration outputs.
 */
public final class MapStep extends StateStep {

    /** MaxConcurrency and the tolerated-failure limits, each null when not set. */
    public record Limits(DynamicInteger maxConcurrency, DynamicInteger toleratedCount,
            DynamicPercentage toleratedPercentage, boolean distributed) {
    }

    private final ItemsSource items;
    private final MapIterations iterations;
    private final Limits limits;
    private final Recovery recovery;
    private final int next;

    public MapStep(String name, DataFlow flow, ItemsSource items, ItemSelector selector, Scope processor,
            Limits limits, ExecutorService executor, Recovery recovery, int next) {
        super(name, flow, HistoryEventType.MapStateEntered, HistoryEventType.MapStateExited);
        this.items = items;
        this.iterations = new MapIterations(name, processor, selector, executor);
        this.limits = limits;
        this.recovery = recovery;
        this.next = next;
    }

    @Override
    protected void run(StateVisit visit) throws StateFailure {
        Frame frame = visit.frame();
        JsonNode effective = flow.enter(visit);
        StateFailure[] iterationFailure = new StateFailure[1];
        Recovery.Outcome outcome = recovery.run(visit, () -> {
            EvaluationScope scope = visit.withInput(effective);
            long maxConcurrency = limits.maxConcurrency() == null ? 0 : resolve(visit, limits.maxConcurrency(), scope);
            JsonNode list = items.items(visit, effective);
            frame.record(HistoryEventType.MapStateStarted, new EventDetails.MapStarted(list.size()));
            JsonNode results;
            try {
                results = iterations.run(visit, effective, list, maxConcurrency, tolerance(visit, scope));
            } catch (StateFailure failure) {
                iterationFailure[0] = failure;
                throw failure;
            }
            frame.recordAside(HistoryEventType.MapStateSucceeded, EventDetails.NONE);
            return flow.complete(visit, results);
        }, failure -> {
            // AWS records MapStateFailed once, when the iterations' error is no longer retried.
            if (failure == iterationFailure[0]) {
                frame.record(HistoryEventType.MapStateFailed, EventDetails.NONE);
            }
        });
        finish(visit, outcome, next);
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
