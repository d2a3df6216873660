package io.stepline.runtime.io;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.expression.jsonata.JsonataBindings;
import io.stepline.expression.jsonata.JsonataEvaluationException;
import io.stepline.expression.jsonata.JsonataTemplate;
import io.stepline.runtime.StateVisit;
import io.stepline.runtime.error.CatchHandler;
import io.stepline.runtime.error.StateFailure;
import java.util.List;

/** A JSONata Catch: Output (default: the error output) and Assign read {@code $states.errorOutput}. */
public record JsonataCatch(List<String> errorEquals, int next, JsonataTemplate output, JsonataAssignment assign)
        implements CatchHandler {

    @Override
    public boolean matches(String error) {
        return ErrorMatch.any(errorEquals, error);
    }

    @Override
    public JsonNode output(StateVisit visit, JsonNode errorOutput) throws StateFailure {
        JsonataBindings bindings = visit.jsonata().withErrorOutput(errorOutput);
        try {
            if (assign != null) {
                visit.pendingAssignments(assign.evaluate(bindings));
            }
            return output == null ? errorOutput : output.evaluate(bindings, "Output");
        } catch (JsonataEvaluationException e) {
            throw visit.failure(e);
        }
    }
}
