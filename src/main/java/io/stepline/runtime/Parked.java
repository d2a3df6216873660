package io.stepline.runtime;

import io.stepline.runtime.error.StateFailure;

/**
 * What a parked path does when it is woken: the rest of the state it stopped in (a Wait's exit,
 * a task attempt's result, a Parallel's branches having ended). It runs on a worker, guarded
 * like a step: ASL errors and interruptions end up on the frame.
 */
@FunctionalInterface
public interface Parked {
    void resume() throws StateFailure;
}
