package io.stepline.runtime.time;

import java.util.ArrayList;
import java.util.List;

/**
 * A one-way signal that stops a path of an execution: the whole execution (abort, time-out)
 * or one group of paths (a sibling failed). It carries its reason (the exception the stopped
 * paths end with); cancelling a parent cancels its children with the same reason. Checking it
 * is a volatile read, cheap enough for every transition.
 */
public final class Cancellation {
    private volatile RuntimeException reason;
    private final List<Cancellation> children = new ArrayList<>();
    private final List<Runnable> listeners = new ArrayList<>();
    private final Cancellation parent;

    private Cancellation(Cancellation parent) {
        this.parent = parent;
    }

    public static Cancellation root() {
        return new Cancellation(null);
    }

    /** A child that is cancelled with this one, and may be cancelled alone; {@link #close} it when done. */
    public Cancellation child() {
        Cancellation child = new Cancellation(this);
        synchronized (this) {
            if (reason != null) {
                child.reason = reason;
            } else {
                children.add(child);
            }
        }
        return child;
    }

    /** Detaches a finished child from its parent so long runs do not accumulate them. */
    public void close() {
        if (parent != null) {
            synchronized (parent) {
                parent.children.remove(this);
            }
        }
    }

    public boolean isCancelled() {
        return reason != null;
    }

    /** Why this was cancelled (what stopped paths end with), or null. */
    public RuntimeException reason() {
        return reason;
    }

    /** Stops a {@link #whenCancelled} action from running. */
    public interface Registration extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Runs {@code action} when this is cancelled, at once if it already is, until the returned
     * registration is closed. Actions run under this object's lock, so once {@code close()}
     * returns, the action has either run to its end or will never run.
     */
    public Registration whenCancelled(Runnable action) {
        synchronized (this) {
            if (reason != null) {
                action.run();
                return () -> { };
            }
            listeners.add(action);
        }
        return () -> {
            synchronized (this) {
                listeners.remove(action);
            }
        };
    }

    /** Cancels with {@code why}; a second cancellation keeps the first reason. */
    public void cancel(RuntimeException why) {
        List<Cancellation> toCancel;
        synchronized (this) {
            if (reason != null) {
                return;
            }
            reason = why;
            toCancel = List.copyOf(children);
            children.clear();
            List<Runnable> actions = List.copyOf(listeners);
            listeners.clear();
            actions.forEach(Runnable::run); // an action may close its own registration

            notifyAll();
        }
        toCancel.forEach(child -> child.cancel(why));
    }

    /** Waits up to {@code millis} or until cancelled. */
    public synchronized void await(long millis) throws InterruptedException {
        long end = System.nanoTime() + millis * 1_000_000L;
        long left = millis;
        while (reason == null && left > 0) {
            wait(left);
            left = (end - System.nanoTime()) / 1_000_000L;
        }
    }
}
