package io.stepline.runtime.io;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.expression.jsonata.JsonataField;
import io.stepline.expression.jsonata.JsonataBindings;
import io.stepline.expression.EvaluationException;
import io.stepline.expression.EvaluationScope;
import io.stepline.expression.path.CompiledPath;
import io.stepline.json.Json;

/** A text field written literally or read from a path (Fail's Error/ErrorPath, Cause/CausePath). */
public sealed interface DynamicText {

    String resolve(EvaluationScope scope) throws EvaluationException;

    record Fixed(String value) implements DynamicText {
        @Override
        public String resolve(EvaluationScope scope) {
            return value;
        }
    }

    /** A path whose value must be a string; AWS fails the state otherwise. */
    record FromPath(String field, CompiledPath path) implements DynamicText {
        @Override
        public String resolve(EvaluationScope scope) throws EvaluationException {
            JsonNode value = path.read(scope);
            if (!value.isTextual()) {
                throw EvaluationException.runtime("The " + field + " field refers to value \"" + Json.write(value)
                        + "\" which is not a valid string: " + path.text());
            }
            return value.textValue();
        }
    }

    /** A JSONata field that must give a string (a Fail state's Error or Cause). */
    record FromJsonata(JsonataField field) implements DynamicText {
        @Override
        public String resolve(EvaluationScope scope) throws EvaluationException {
            return field.string(JsonataBindings.of(scope));
        }
    }
}
