package io.stepline.runtime.durable;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.runtime.ChildPaths;
import io.stepline.runtime.CompiledMachine;
import io.stepline.runtime.Execution;
import io.stepline.runtime.Frame;
import io.stepline.runtime.PathListener;
import io.stepline.runtime.PathRunner;
import io.stepline.runtime.Scope;
import io.stepline.runtime.Variables;
import io.stepline.runtime.time.Cancellation;
import io.stepline.store.PathRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rebuilds a durable execution's running paths from their checkpoints, top down: a path at a
 * state boundary runs on from there; a path parked in a state hands that state its description
 * (a Wait re-arms its timer, a task attempt runs again, a Parallel or Map rebuilds its group and
 * resumes the children it had started).
 */
public final class Restorer implements ChildPaths {
    private final CompiledMachine machine;
    private final Execution execution;
    private final Map<String, PathRecord> rows = new LinkedHashMap<>();
    private final Map<String, Frame> frames = new HashMap<>();

    private Restorer(CompiledMachine machine, Execution execution, List<PathRecord> paths) {
        this.machine = machine;
        this.execution = execution;
        paths.forEach(row -> rows.put(row.pathId(), row));
    }

    /** Resumes the execution from the paths' checkpoints; {@code rootListener} ends it. */
    public static void restore(CompiledMachine machine, Execution execution, List<PathRecord> paths,
            String rootPath, PathListener rootListener) {
        Restorer restorer = new Restorer(machine, execution, paths);
        PathRecord root = restorer.rows.get(rootPath);
        if (root == null) {
            throw new IllegalStateException("execution " + execution.arn() + " has no top-level path to resume");
        }
        Frame frame = restorer.frame(root, execution.cancellation(), Variables.root(), rootListener);
        restorer.resume(frame, root);
    }

    private Frame frame(PathRecord row, Cancellation cancellation, Variables variables, PathListener listener) {
        JsonNode checkpoint = row.checkpoint();
        Scope scope = machine.scopes().get(checkpoint.path("scope").asText());
        if (scope == null) {
            throw new IllegalStateException("path " + row.pathId() + " names an unknown scope");
        }
        Map<String, JsonNode> own = new HashMap<>();
        checkpoint.path("variables").properties().forEach(e -> own.put(e.getKey(), e.getValue()));
        variables.restore(own);
        Frame frame = new Frame(execution, row.pathId(), row.parentPathId(), scope, variables, cancellation,
                checkpoint.get("value"), checkpoint.path("lastEventId").asLong(), listener);
        boolean parked = isParked(row);
        frame.restore(checkpoint.path("next").asInt(), checkpoint.get("value"),
                checkpoint.path("boundaryEventId").asLong(), parked ? checkpoint.path("inState").asInt() : -1);
        if (parked) {
            frame.lastResume(checkpoint.get("parked"));
        }
        frames.put(row.pathId(), frame);
        return frame;
    }

    private static boolean isParked(PathRecord row) {
        return row.status() == PathRecord.PathStatus.WAITING && row.checkpoint().has("parked");
    }

    private void resume(Frame frame, PathRecord row) {
        if (!isParked(row)) {
            execution.scheduler().execute(() -> PathRunner.run(frame));
            return;
        }
        execution.scheduler().execute(() -> {
            frame.scope().step(frame.parkedState()).restore(frame, frame.lastResume(), row.wakeAt(), this);
            PathRunner.afterRestore(frame);
        });
    }

    @Override
    public List<Child> children(String prefix) {
        List<Child> children = new ArrayList<>();
        for (PathRecord row : rows.values()) {
            String id = row.pathId();
            if (id.startsWith(prefix) && id.indexOf('/', prefix.length()) < 0) {
                int index = Integer.parseInt(id.substring(prefix.length()));
                JsonNode outcome = row.status() == PathRecord.PathStatus.DONE ? row.checkpoint().get("outcome") : null;
                children.add(new RestoredChild(index, outcome, row));
            }
        }
        return children;
    }

    @Override
    public void resume(Child child, Cancellation cancellation, PathListener listener) {
        PathRecord row = ((RestoredChild) child).row();
        Frame parent = frames.get(row.parentPathId());
        Frame frame = frame(row, cancellation, parent.variables().child(), listener);
        resume(frame, row);
    }

    private record RestoredChild(int index, JsonNode outcome, PathRecord row) implements Child {
    }
}
