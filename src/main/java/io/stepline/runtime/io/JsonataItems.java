package io.stepline.runtime.io;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.expression.EvaluationException;
import io.stepline.expression.jsonata.JsonataEvaluationException;
import io.stepline.expression.jsonata.JsonataField;
import io.stepline.json.Json;
import io.stepline.runtime.StateVisit;
import io.stepline.runtime.error.StateFailure;

/** Items of a JSONata Map: the Items field, or the state input itself when Items is absent. */
public record JsonataItems(JsonataField items) implements ItemsSource {

    @Override
    public JsonNode items(StateVisit visit, JsonNode effectiveInput) throws StateFailure {
        try {
            if (items != null) {
                return items.array(visit.jsonata());
            }
            if (!effectiveInput.isArray()) {
                throw EvaluationException.queryEvaluation("Map state input must be an array but was: "
                        + Json.write(effectiveInput));
            }
            return effectiveInput;
        } catch (JsonataEvaluationException e) {
            throw visit.failure(e);
        } catch (EvaluationException e) {
            throw visit.failure(e);
        }
    }
}
