package io.stepline.compile;

import io.stepline.definition.StateMachine;
import io.stepline.runtime.CompiledMachine;
import io.stepline.runtime.MachineIdentity;
import io.stepline.runtime.Scope;
import io.stepline.runtime.task.TaskBindings;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.camel.CamelContext;

/** Compiles a state machine into Camel routes in the given context. */
public final class StateMachineCompiler {
    private static final AtomicLong SEQUENCE = new AtomicLong();

    private final CamelContext camel;
    private final TaskBindings bindings;

    public StateMachineCompiler(CamelContext camel, TaskBindings bindings) {
        this.camel = camel;
        this.bindings = bindings;
    }

    public CompiledMachine compile(StateMachine machine, MachineIdentity identity) throws CompileException {
        String machineId = routeSafe(identity.name()) + "-" + SEQUENCE.incrementAndGet();
        CompileContext context = new CompileContext(machineId, camel, bindings);
        GraphCompiler graphs = new GraphCompiler(context);
        Scope root = graphs.compile(machine.graph(), machineId);
        return new CompiledMachine(identity, root, graphs.scopes(), machine.timeoutSeconds());
    }

    private static String routeSafe(String name) {
        return name.replaceAll("[^A-Za-z0-9_-]", "_");
    }
}
