package io.stepline.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * The hand-over of a parked path between threads. Parking starts while the path's own thread
 * still holds it (PARKING); that thread lets go (PARKED) after its step has returned. A wake
 * that comes before the let-go leaves the path with its thread, which carries on; a later one
 * hands it to a worker. Either way exactly one thread resumes the path, exactly once.
 */
final class Handover {
    private enum State { RUNNING, PARKING, PARKED }

    /** What a wake left for the thread that resumes the path. */
    record Taken(Parked then, RuntimeException reason) {
    }

    private State state = State.RUNNING;
    private Parked parked;
    private boolean woken;
    private RuntimeException reason;
    private final List<Runnable> cleanups = new ArrayList<>();

    synchronized void park(Parked then) {
        parked = then;
        woken = false;
        reason = null;
        state = State.PARKING;
    }

    /** Registers something to undo on wake; runs it at once if the path is not parked any more. */
    void onWake(Runnable cleanup) {
        boolean now;
        synchronized (this) {
            now = parked == null || woken;
            if (!now) {
                cleanups.add(cleanup);
            }
        }
        if (now) {
            cleanup.run();
        }
    }

    /** Marks the path woken; true when the caller must hand it to a worker (its thread let go). */
    synchronized boolean wake(RuntimeException why) {
        if (parked == null || woken) {
            return false;
        }
        woken = true;
        reason = why;
        if (state == State.PARKED) {
            state = State.RUNNING;
            return true;
        }
        return false;
    }

    /** The path's thread lets go; true when a wake came first, so that thread carries on. */
    synchronized boolean release() {
        if (woken) {
            state = State.RUNNING;
            return true;
        }
        state = State.PARKED;
        return false;
    }

    /** Takes what the wake left, after undoing the park's timers and registrations. */
    Taken take() {
        Taken taken;
        List<Runnable> undo;
        synchronized (this) {
            taken = new Taken(parked, reason);
            parked = null;
            reason = null;
            undo = List.copyOf(cleanups);
            cleanups.clear();
        }
        undo.forEach(Runnable::run);
        return taken;
    }
}
