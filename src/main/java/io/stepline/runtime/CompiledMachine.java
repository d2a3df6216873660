package io.stepline.runtime;

/** A state machine ready to run: its identity, its top-level scope and its time limit. */
public record CompiledMachine(MachineIdentity identity, Scope root, Integer timeoutSeconds) {
}
