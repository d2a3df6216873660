package io.stepline.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepline.store.PathRecord;
import java.util.Optional;

/**
 * Which paths a redrive runs again, and from where: a path that did not succeed restarts the
 * state it stopped in, except a path that was waiting for its branches or iterations, which
 * waits for them again (so their succeeded children keep their results).
 */
final class Redrives {
    private Redrives() {
    }

    static Optional<PathRecord> reset(PathRecord path) {
        if (path.status() != PathRecord.PathStatus.DONE) {
            return Optional.empty();
        }
        JsonNode outcome = path.checkpoint().path("outcome");
        if ("succeeded".equals(outcome.path("status").asText())) {
            return Optional.empty();
        }
        ObjectNode checkpoint = path.checkpoint().deepCopy();
        checkpoint.remove("outcome");
        boolean waitsForChildren = "children".equals(checkpoint.path("parked").path("kind").asText());
        if (waitsForChildren) {
            checkpoint.put("parkedNow", true);
            return Optional.of(new PathRecord(path.pathId(), path.parentPathId(), PathRecord.PathStatus.WAITING,
                    checkpoint, null));
        }
        checkpoint.remove("parked");
        checkpoint.remove("inState");
        checkpoint.remove("parkedNow");
        checkpoint.put("lastEventId", checkpoint.path("boundaryEventId").asLong());
        return Optional.of(new PathRecord(path.pathId(), path.parentPathId(), PathRecord.PathStatus.RUNNABLE,
                checkpoint, null));
    }
}
