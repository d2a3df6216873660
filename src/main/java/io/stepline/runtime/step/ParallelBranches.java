package io.stepline.runtime.step;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.stepline.json.Json;
import io.stepline.runtime.Frame;
import io.stepline.runtime.Scope;
import io.stepline.runtime.error.PathCancelled;
import io.stepline.runtime.error.StateFailure;
import io.stepline.runtime.time.Cancellation;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs a Parallel state's branches, each in a child frame with its own variable scope. On real
 * time the branches run on pool threads (the caller runs the first); the first failure cancels
 * the others. On virtual time they run one after another from the same start, and the failure
 * that happened earliest on its own timeline wins.
 */
final class ParallelBranches {
    private final List<Scope> branches;
    private final ExecutorService executor;

    ParallelBranches(List<Scope> branches, ExecutorService executor) {
        this.branches = List.copyOf(branches);
        this.executor = executor;
    }

    JsonNode run(Frame parent, JsonNode input) throws StateFailure {
        Cancellation group = parent.cancellation().child();
        try {
            PathOutcome[] outcomes = parent.timeline().isVirtual()
                    ? runSequentially(parent, input, group)
                    : runConcurrently(parent, input, group);
            return collect(parent, outcomes);
        } finally {
            group.close();
        }
    }

    private Frame child(Frame parent, Scope scope, JsonNode input, Cancellation group) {
        return new Frame(parent.execution(), parent.variables().child(), parent.timeline().fork(), group, input,
                scope.start(), parent.lastEventId());
    }

    private PathOutcome[] runSequentially(Frame parent, JsonNode input, Cancellation group) {
        PathOutcome[] outcomes = new PathOutcome[branches.size()];
        for (int i = 0; i < outcomes.length; i++) {
            outcomes[i] = PathOutcome.run(branches.get(i), child(parent, branches.get(i), input, group));
        }
        return outcomes;
    }

    private PathOutcome[] runConcurrently(Frame parent, JsonNode input, Cancellation group) {
        PathOutcome[] outcomes = new PathOutcome[branches.size()];
        AtomicBoolean failed = new AtomicBoolean();
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 1; i < outcomes.length; i++) {
            int index = i;
            futures.add(executor.submit(() -> runBranch(parent, input, group, outcomes, index, failed)));
        }
        if (outcomes.length > 0) {
            runBranch(parent, input, group, outcomes, 0, failed);
        }
        for (Future<?> future : futures) {
            awaitQuietly(future);
        }
        return outcomes;
    }

    private void runBranch(Frame parent, JsonNode input, Cancellation group, PathOutcome[] outcomes, int index,
            AtomicBoolean failed) {
        Scope scope = branches.get(index);
        PathOutcome outcome;
        try {
            outcome = PathOutcome.run(scope, child(parent, scope, input, group));
        } catch (RuntimeException fault) {
            group.cancel(); // an engine fault stops the siblings too; the fault itself goes up
            throw fault;
        }
        outcomes[index] = outcome;
        if (!outcome.succeeded() && !outcome.cancelled() && failed.compareAndSet(false, true)) {
            group.cancel();
        }
    }

    private static void awaitQuietly(Future<?> future) {
        try {
            future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PathCancelled();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
        }
    }

    /** The branch outputs in order, or the earliest failure; the parent continues after the last branch event. */
    private static JsonNode collect(Frame parent, PathOutcome[] outcomes) throws StateFailure {
        for (PathOutcome outcome : outcomes) {
            parent.continueAfter(outcome.lastEventId());
        }
        parent.checkRunning();
        PathOutcome firstFailure = null;
        long end = parent.timeline().now();
        for (PathOutcome outcome : outcomes) {
            if (!outcome.succeeded() && !outcome.cancelled()
                    && (firstFailure == null || outcome.endTime() < firstFailure.endTime())) {
                firstFailure = outcome;
            }
            end = Math.max(end, outcome.endTime());
        }
        if (firstFailure != null) {
            parent.timeline().advanceTo(firstFailure.endTime());
            firstFailure.rethrow();
        }
        parent.timeline().advanceTo(end);
        ArrayNode results = Json.NODES.arrayNode(outcomes.length);
        for (PathOutcome outcome : outcomes) {
            results.add(outcome.output());
        }
        return results;
    }
}
