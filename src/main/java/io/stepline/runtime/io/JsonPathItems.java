package io.stepline.runtime.io;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.expression.EvaluationException;
import io.stepline.expression.path.CompiledPath;
import io.stepline.json.Json;
import io.stepline.runtime.StateVisit;
import io.stepline.runtime.error.StateFailure;

/** ItemsPath: a path into the effective input ("$" by default, then path is null). */
public record JsonPathItems(CompiledPath path) implements ItemsSource {

    @Override
    public JsonNode items(StateVisit visit, JsonNode effectiveInput) throws StateFailure {
        try {
            JsonNode items = path == null ? effectiveInput : path.read(visit.withInput(effectiveInput));
            if (!items.isArray()) {
                throw EvaluationException.runtime("Map state input must be an array but was: " + Json.write(items));
            }
            return items;
        } catch (EvaluationException e) {
            throw visit.failure(e);
        }
    }
}
