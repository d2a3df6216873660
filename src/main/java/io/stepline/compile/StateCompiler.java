package io.stepline.compile;

import io.stepline.definition.State;
import io.stepline.runtime.step.StateStep;

/** Turns one state of one type into its route step (Camel's "reifier" role). */
interface StateCompiler<S extends State> {
    StateStep compile(S state, GraphContext graph) throws CompileException;
}
