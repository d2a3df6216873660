package io.stepline.runtime.io;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.expression.EvaluationException;
import io.stepline.expression.path.CompiledPath;
import io.stepline.expression.path.ReferencePath;
import io.stepline.expression.template.PayloadTemplate;
import io.stepline.json.Json;
import io.stepline.runtime.StateVisit;
import io.stepline.runtime.error.StateFailure;

/**
 * JSONPath data flow: InputPath, Parameters, (the work), Assign, ResultSelector, ResultPath,
 * OutputPath. A null path means the field was set to JSON null ("discard"). Fields at their
 * default cost nothing: "$" paths are skipped, not evaluated.
 */
public record JsonPathFlow(
        CompiledPath inputPath,
        boolean discardInput,
        PayloadTemplate parameters,
        PayloadTemplate resultSelector,
        ReferencePath resultPath,
        CompiledPath outputPath,
        boolean discardOutput,
        Assignment assign) implements DataFlow {

    @Override
    public JsonNode enter(StateVisit visit) throws StateFailure {
        JsonNode effective;
        if (discardInput) {
            effective = Json.NODES.objectNode();
        } else if (inputPath == null) {
            effective = visit.stateInput();
        } else {
            effective = read(visit, inputPath);
        }
        visit.input(effective);
        return effective;
    }

    @Override
    public JsonNode arguments(StateVisit visit, JsonNode effectiveInput) throws StateFailure {
        if (parameters == null) {
            return effectiveInput;
        }
        try {
            return parameters.evaluate(visit.withInput(effectiveInput));
        } catch (EvaluationException e) {
            throw visit.failure(e);
        }
    }

    @Override
    public JsonNode complete(StateVisit visit, JsonNode rawResult) throws StateFailure {
        try {
            visit.input(rawResult);
            if (assign != null) {
                visit.pendingAssignments(assign.evaluate(visit));
            }
            JsonNode selected = resultSelector == null ? rawResult : resultSelector.evaluate(visit);
            if (resultPath == null) {
                return visit.stateInput();
            }
            return resultPath.write(visit.stateInput(), selected);
        } catch (EvaluationException e) {
            throw visit.failure(e);
        }
    }

    @Override
    public JsonNode exit(StateVisit visit, JsonNode value) throws StateFailure {
        if (discardOutput) {
            return Json.NODES.objectNode();
        }
        if (outputPath == null) {
            return value;
        }
        visit.input(value);
        return read(visit, outputPath);
    }

    private static JsonNode read(StateVisit visit, CompiledPath path) throws StateFailure {
        try {
            return path.read(visit);
        } catch (EvaluationException e) {
            throw visit.failure(e);
        }
    }
}
