package io.stepline.runtime.io;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.expression.EvaluationException;
import io.stepline.expression.path.ReferencePath;
import io.stepline.runtime.StateVisit;
import io.stepline.runtime.error.CatchHandler;
import io.stepline.runtime.error.StateFailure;
import java.util.List;

/**
 * A JSONPath Catch: the error output goes where ResultPath says in the state's raw input
 * (null ResultPath: the input passes through); Assign reads the error output as {@code $}.
 */
public record JsonPathCatch(List<String> errorEquals, int next, ReferencePath resultPath, Assignment assign)
        implements CatchHandler {

    @Override
    public boolean matches(String error) {
        return ErrorMatch.any(errorEquals, error);
    }

    @Override
    public JsonNode output(StateVisit visit, JsonNode errorOutput) throws StateFailure {
        try {
            visit.input(errorOutput);
            if (assign != null) {
                visit.pendingAssignments(assign.evaluate(visit));
            }
            return resultPath == null ? visit.stateInput() : resultPath.write(visit.stateInput(), errorOutput);
        } catch (EvaluationException e) {
            throw visit.failure(e);
        }
    }
}
