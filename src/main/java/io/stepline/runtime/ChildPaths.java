package io.stepline.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.runtime.time.Cancellation;
import java.util.List;

/**
 * What a restored Parallel or Map state needs from the restorer: the child paths its attempt had
 * started (ended ones with their outcome), and a way to bring back a running one.
 */
public interface ChildPaths {

    /** One child path of a restored group. */
    interface Child {
        int index();

        /** Null while the child was still running; else {status, value | error, cause, lastEventId, closingEventId}. */
        JsonNode outcome();
    }

    /** The children whose path ids start with {@code prefix} (PARENT/EVENT.ATTEMPT.), by index. */
    List<Child> children(String prefix);

    /** Rebuilds a running child on a new group's cancellation and listener, and resumes it. */
    void resume(Child child, Cancellation cancellation, PathListener listener);
}
