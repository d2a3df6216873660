package io.stepline.runtime.durable;

import io.stepline.store.TaskTokenRecord;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The callback tokens ({@code .waitForTaskToken}) of one durable execution's paths, as its
 * journal writes them. A token is recorded WAITING with the checkpoint written just before the
 * task that hands it out runs, in the same transaction: from then on SendTaskSuccess/Failure
 * find it and the store keeps their answer until the path parks and takes it (the store never
 * sets an answered token back to WAITING). When the path's next write no longer holds that token
 * (the attempt timed out and is retried or caught, the path ended or was cancelled), the token
 * is CLOSED in that same write, so a late answer gets TaskTimedOut as on AWS.
 *
 * <p>Only writes of a path that has a token carry token rows: an ordinary transition costs what
 * it did.
 */
final class CallbackTokens {
    private final String executionArn;
    /** The token each path's last write held. */
    private final Map<String, String> open = new ConcurrentHashMap<>();

    CallbackTokens(String executionArn) {
        this.executionArn = executionArn;
    }

    /** The token rows to write with the path's next checkpoint, which holds {@code token} (or none). */
    List<TaskTokenRecord> changes(String pathId, String token) {
        String previous = token == null ? open.remove(pathId) : open.put(pathId, token);
        if (Objects.equals(previous, token)) {
            // No token, or parking on the one the in-flight checkpoint recorded (an answer may be
            // there already): nothing to write.
            return List.of();
        }
        TaskTokenRecord recorded = token == null ? null : record(token, pathId, TaskTokenRecord.TokenStatus.WAITING);
        if (previous == null) {
            return List.of(recorded); // also after a restart: re-recording WAITING keeps an answer
        }
        TaskTokenRecord closed = record(previous, pathId, TaskTokenRecord.TokenStatus.CLOSED);
        return recorded == null ? List.of(closed) : List.of(closed, recorded);
    }

    private TaskTokenRecord record(String token, String pathId, TaskTokenRecord.TokenStatus status) {
        return new TaskTokenRecord(token, executionArn, pathId, status, null, null, null, null);
    }
}
