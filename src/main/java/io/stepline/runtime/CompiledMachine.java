package io.stepline.runtime;

import java.util.Map;

/**
 * A state machine ready to run: its identity, its top-level scope, every scope by name (a
 * restored path finds its graph by name), and its time limit.
 */
public record CompiledMachine(MachineIdentity identity, Scope root, Map<String, Scope> scopes, Integer timeoutSeconds) {
}
