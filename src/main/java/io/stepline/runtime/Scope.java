package io.stepline.runtime;

import io.stepline.runtime.error.StateFailure;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.support.DefaultExchange;

/**
 * A compiled graph (the machine's top level, a Parallel branch, a Map item processor) and its
 * runner. The graph's states live in Camel routes, one route per straight chain of states;
 * {@code entries[i]} runs the route that starts at state i (null when state i is only reached
 * by falling through from the state before it). The runner is a trampoline: it calls the route
 * for the frame's next state until the graph ends, so loops and jumps never deepen the stack.
 */
public final class Scope {
    private final String name;
    private final int start;
    private final CamelContext camel;
    private Processor[] entries;

    public Scope(String name, int start, CamelContext camel) {
        this.name = name;
        this.start = start;
        this.camel = camel;
    }

    /** Wired by the compiler once the scope's routes are started. */
    public void entries(Processor[] entries) {
        this.entries = entries.clone();
    }

    public String name() {
        return name;
    }

    public int start() {
        return start;
    }

    /**
     * Runs the frame to the end of the graph. The frame's value is then the graph's output.
     * Throws the ASL error that ended it, or the interruption (time-out, cancellation).
     */
    public void run(Frame frame) throws StateFailure {
        Exchange exchange = frame.exchange();
        if (exchange == null) {
            exchange = new DefaultExchange(camel);
            exchange.getMessage().setBody(frame);
            frame.exchange(exchange);
        }
        while (frame.next() >= 0) {
            Processor entry = entries[frame.next()];
            if (entry == null) {
                throw new IllegalStateException("state #" + frame.next() + " of " + name + " has no route entry");
            }
            exchange.setRouteStop(false);
            try {
                entry.process(exchange);
            } catch (Exception e) {
                throw new EngineFault("route of " + name + " failed", e);
            }
            Exception routeFailure = exchange.getException();
            if (routeFailure != null) {
                exchange.setException(null);
                throw routeFailure instanceof RuntimeException runtime ? runtime
                        : new EngineFault("route of " + name + " failed", routeFailure);
            }
        }
        frame.rethrowStop();
    }
}
