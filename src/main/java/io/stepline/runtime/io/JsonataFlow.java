package io.stepline.runtime.io;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.expression.jsonata.JsonataEvaluationException;
import io.stepline.expression.jsonata.JsonataTemplate;
import io.stepline.runtime.StateVisit;
import io.stepline.runtime.error.StateFailure;

/**
 * JSONata data flow: Arguments shape what the work receives, Assign and Output read
 * {@code $states.input} and {@code $states.result}. Absent fields pass values through.
 */
public record JsonataFlow(JsonataTemplate arguments, JsonataTemplate output, JsonataAssignment assign)
        implements DataFlow {

    @Override
    public JsonNode enter(StateVisit visit) {
        visit.input(visit.stateInput());
        return visit.stateInput();
    }

    @Override
    public JsonNode arguments(StateVisit visit, JsonNode effectiveInput) throws StateFailure {
        if (arguments == null) {
            return effectiveInput;
        }
        try {
            return arguments.evaluate(visit.jsonata(), "Arguments");
        } catch (JsonataEvaluationException e) {
            throw visit.failure(e);
        }
    }

    @Override
    public JsonNode complete(StateVisit visit, JsonNode rawResult) throws StateFailure {
        visit.result(rawResult);
        if (assign != null) {
            try {
                visit.pendingAssignments(assign.evaluate(visit.jsonataWithResult()));
            } catch (JsonataEvaluationException e) {
                throw visit.failure(e);
            }
        }
        return rawResult;
    }

    @Override
    public JsonNode exit(StateVisit visit, JsonNode value) throws StateFailure {
        if (output == null) {
            return value;
        }
        try {
            return output.evaluate(visit.jsonataWithResult(), "Output");
        } catch (JsonataEvaluationException e) {
            throw visit.failure(e);
        }
    }
}
