package io.stepline.runtime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a path until it ends or parks. When it parks its thread simply returns; when it ends its
 * listener is told (the execution, or the group of branches or iterations it belongs to).
 */
public final class PathRunner {
    private static final Logger LOG = LoggerFactory.getLogger(PathRunner.class);

    private PathRunner() {
    }

    /** Runs the path from its next state. */
    public static void run(Frame frame) {
        while (true) {
            try {
                frame.scope().run(frame);
            } catch (RuntimeException fault) {
                EngineFault engineFault = fault instanceof EngineFault f ? f
                        : new EngineFault("engine fault in " + frame.scope().name(), fault);
                LOG.error("engine fault in execution {}", frame.execution().arn(), engineFault);
                frame.execution().fault(engineFault);
                frame.interrupt(engineFault);
            }
            if (frame.next() == Frame.PARKED) {
                if (!frame.release()) {
                    return;
                }
                frame.unpark();
                continue;
            }
            frame.listener().ended(frame);
            return;
        }
    }

    /**
     * Carries on with a restored path after its step has re-parked it (or not): from here it
     * behaves as if its own thread had just let go of it.
     */
    public static void afterRestore(Frame frame) {
        if (frame.next() == Frame.PARKED) {
            if (!frame.release()) {
                return;
            }
            frame.unpark();
        }
        run(frame);
    }

    /** Continues a path that was woken. */
    static void resume(Frame frame) {
        frame.unpark();
        run(frame);
    }
}
