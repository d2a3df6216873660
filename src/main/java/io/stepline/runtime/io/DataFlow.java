package io.stepline.runtime.io;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.runtime.StateVisit;
import io.stepline.runtime.error.StateFailure;

/**
 * The data-flow program of one state, compiled from its fields. The four calls happen in
 * this order: {@link #enter}, [{@link #arguments}, the work], {@link #complete}, {@link #exit}.
 */
public sealed interface DataFlow permits JsonPathFlow, JsonataFlow {

    /** The effective input (InputPath applied); becomes {@code $} for what follows. */
    JsonNode enter(StateVisit visit) throws StateFailure;

    /** What the work receives: Parameters / Arguments applied to the effective input. */
    JsonNode arguments(StateVisit visit, JsonNode effectiveInput) throws StateFailure;

    /**
     * Takes the work's raw result: evaluates Assign (applied at exit), ResultSelector and
     * ResultPath, and returns the value that {@link #exit} shapes into the output.
     */
    JsonNode complete(StateVisit visit, JsonNode rawResult) throws StateFailure;

    /** The state's output: OutputPath / Output applied. */
    JsonNode exit(StateVisit visit, JsonNode value) throws StateFailure;
}
