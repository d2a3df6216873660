package io.stepline.runtime.error;

/**
 * This path of the execution was stopped from outside: a sibling branch failed, or the
 * execution was aborted. Unwinds the path without recording it as a failure of its own.
 */
public final class PathCancelled extends RuntimeException {
    public PathCancelled() {
        super("cancelled", null, false, false);
    }
}
