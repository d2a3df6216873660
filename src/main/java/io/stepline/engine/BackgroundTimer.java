package io.stepline.engine;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Stopping the engine's single-thread background timers (lease renewal, token polling). */
final class BackgroundTimer {
    private static final long AWAIT_SECONDS = 5;

    private BackgroundTimer() {
    }

    /**
     * Cancels the timer's future runs and waits for a run in progress to finish, without
     * interrupting it: such a run is a store call, and a thread interrupted while it writes to a
     * file makes the JVM close that file under the database (H2 then closes the whole store).
     */
    static void stop(ScheduledExecutorService timer) {
        timer.shutdown();
        try {
            if (!timer.awaitTermination(AWAIT_SECONDS, TimeUnit.SECONDS)) {
                timer.shutdownNow(); // a store call stuck this long is past saving
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
