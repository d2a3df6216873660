package io.stepline.runtime;

/** Told when a path has ended: the execution for its top level, a group for a branch or iteration. */
@FunctionalInterface
public interface PathListener {
    void ended(Frame path);
}
