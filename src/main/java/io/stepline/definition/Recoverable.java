package io.stepline.definition;

import java.util.List;

/** States that may declare Retry and Catch (Task, Parallel, Map). */
public interface Recoverable {
    List<Retrier> retry();

    List<Catcher> catchers();
}
