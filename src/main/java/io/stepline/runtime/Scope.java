package io.stepline.runtime;

import io.stepline.runtime.step.StateStep;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.support.DefaultExchange;

/**
 * A compiled graph (the machine's top level, a Parallel branch, a Map item processor) and its
 * trampoline. The graph's states live in Camel routes, one route per straight chain of states;
 * {@code entries[i]} runs the route that starts at state i (null when state i is only reached
 * by falling through from the state before it). {@link #run} calls the route for the frame's
 * next state until the path ends or parks, so loops and jumps never deepen the stack. A path
 * woken after parking in the middle of a chain runs the rest of the chain step by step.
 */
public final class Scope {
    private final String name;
    private final String key;
    private final int start;
    private final CamelContext camel;
    private Processor[] entries;
    private StateStep[] steps;

    /**
     * @param name unique in the Camel context (route ids derive from it)
     * @param key the scope's place in its machine ("" for the top level), the same each time the
     *        definition is compiled, so a checkpoint can name it
     */
    public Scope(String name, String key, int start, CamelContext camel) {
        this.name = name;
        this.key = key;
        this.start = start;
        this.camel = camel;
    }

    /** Wired by the compiler once the scope's routes are started. */
    public void entries(Processor[] entries, StateStep[] steps) {
        this.entries = entries.clone();
        this.steps = steps.clone();
    }

    public String name() {
        return name;
    }

    public int start() {
        return start;
    }

    public String key() {
        return key;
    }

    /** The step of state {@code index}, e.g. to resume a restored path parked in it. */
    public StateStep step(int index) {
        return steps[index];
    }

    /** Runs the frame's states until its graph ends (value or failure on the frame) or it parks. */
    void run(Frame frame) {
        Exchange exchange = frame.exchange();
        if (exchange == null) {
            exchange = new DefaultExchange(camel);
            exchange.getMessage().setBody(frame);
            frame.exchange(exchange);
        }
        while (frame.next() >= 0) {
            Processor entry = entries[frame.next()];
            if (entry == null) {
                // A path woken in the middle of a chain: run states one by one up to the next route.
                steps[frame.next()].execute(frame);
                continue;
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
    }
}
