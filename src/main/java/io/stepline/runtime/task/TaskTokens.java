package io.stepline.runtime.task;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.connector.TaskFailedException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The task tokens of callback tasks ({@code .waitForTaskToken}) in this engine: a token hands its
 * task's ending to the parked path, whoever sends it (SendTaskSuccess, SendTaskFailure), and
 * SendTaskHeartbeat keeps HeartbeatSeconds from running out.
 *
 * <p>A token is issued before the task that receives it runs, and the task may hand it on (to a
 * queue, a worker) which may answer before the task has even returned, let alone parked: such an
 * early answer is kept here until the path parks and takes it.
 */
public final class TaskTokens {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final Map<String, Waiter> waiting = new ConcurrentHashMap<>();
    /** Issued tokens whose path has not parked yet, with the answer that came first, if any. */
    private final Map<String, EarlyAnswer> issued = new ConcurrentHashMap<>();

    /** A new, unguessable token. */
    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** A parked callback: how to end its attempt, and its controls (for heartbeats). */
    record Waiter(AsyncAttempt attempt, AttemptControl control) {
    }

    /** The answer to an issued token that came before its path parked (null: none yet). */
    private record EarlyAnswer(AttemptResult result) {
        static final EarlyAnswer NONE = new EarlyAnswer(null);
    }

    /** The task receiving {@code token} is about to run: answers to it are kept from now on. */
    void issue(String token) {
        issued.putIfAbsent(token, EarlyAnswer.NONE);
    }

    /** The path parks for {@code token}: an answer that came first ends the attempt at once. */
    void await(String token, Waiter waiter) {
        EarlyAnswer early;
        synchronized (this) {
            early = issued.remove(token);
            if (early == null || early.result() == null) {
                waiting.put(token, waiter);
                return;
            }
        }
        waiter.attempt().finish(early.result()); // outside the lock: finishing wakes the path
    }

    /** The attempt ended (answered, timed out, stopped, or its task failed): the token is done here. */
    void forget(String token) {
        waiting.remove(token);
        issued.remove(token);
    }

    /** Tokens waiting here now. */
    public Set<String> waitingTokens() {
        return Set.copyOf(waiting.keySet());
    }

    /** Ends the callback with its output; false when no task here has the token. */
    public boolean succeed(String token, JsonNode output) {
        return answer(token, AttemptResult.of(output));
    }

    /** Fails the callback with an error and cause; false when no task here has the token. */
    public boolean fail(String token, String error, String cause) {
        return answer(token, AttemptResult.failedWith(new TaskFailedException(error, cause)));
    }

    private boolean answer(String token, AttemptResult result) {
        Waiter waiter;
        synchronized (this) { // against await: an answer is either kept for it or finds its waiter
            waiter = waiting.remove(token);
            if (waiter == null) {
                // the first answer counts, as for a parked path
                return issued.replace(token, EarlyAnswer.NONE, new EarlyAnswer(result));
            }
        }
        waiter.attempt().finish(result);
        return true;
    }

    /**
     * Resets HeartbeatSeconds; false when no task here has the token. Before the path parks there
     * is nothing to reset: HeartbeatSeconds start counting when it parks.
     */
    public boolean heartbeat(String token) {
        Waiter waiter = waiting.get(token);
        if (waiter == null) {
            return issued.containsKey(token);
        }
        waiter.control().heartbeat();
        return true;
    }
}
