package io.stepline.runtime.task;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.connector.TaskFailedException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The task tokens of callback tasks ({@code .waitForTaskToken}) waiting in this engine: a token
 * hands its task's ending to the parked path, whoever sends it (SendTaskSuccess, SendTaskFailure)
 * and SendTaskHeartbeat keeps HeartbeatSeconds from running out.
 */
public final class TaskTokens {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final Map<String, Waiter> waiting = new ConcurrentHashMap<>();

    /** A new, unguessable token. */
    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** A parked callback: how to end its attempt, and its controls (for heartbeats). */
    record Waiter(AsyncAttempt attempt, AttemptControl control) {
    }

    void await(String token, Waiter waiter) {
        waiting.put(token, waiter);
    }

    void forget(String token) {
        waiting.remove(token);
    }

    /** Tokens waiting here now. */
    public Set<String> waitingTokens() {
        return Set.copyOf(waiting.keySet());
    }

    /** Ends the callback with its output; false when no task here waits for the token. */
    public boolean succeed(String token, JsonNode output) {
        Waiter waiter = waiting.remove(token);
        if (waiter == null) {
            return false;
        }
        waiter.attempt().finish(AttemptResult.of(output));
        return true;
    }

    /** Fails the callback with an error and cause; false when no task here waits for the token. */
    public boolean fail(String token, String error, String cause) {
        Waiter waiter = waiting.remove(token);
        if (waiter == null) {
            return false;
        }
        waiter.attempt().finish(AttemptResult.failedWith(new TaskFailedException(error, cause)));
        return true;
    }

    /** Resets HeartbeatSeconds; false when no task here waits for the token. */
    public boolean heartbeat(String token) {
        Waiter waiter = waiting.get(token);
        if (waiter == null) {
            return false;
        }
        waiter.control().heartbeat();
        return true;
    }
}
