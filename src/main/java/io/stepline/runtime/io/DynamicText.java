package io.stepline.runtime.io;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.expression.jsonata.JsonataField;
import io.stepline.expression.jsonata.JsonataBindings;
import io.stepline.expression.EvaluationException;
import io.stepline.expression.EvaluationScope;
import io.stepline.expression.template.DynamicValue;
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

    /**
     * ErrorPath/CausePath: a path, or an intrinsic function returning a string (AWS allows
     * States.Format, JsonToString, ArrayGetItem, Base64Encode/Decode, Hash and UUID there).
     */
    record FromPath(String field, String text, DynamicValue value) implements DynamicText {
        @Override
        public String resolve(EvaluationScope scope) throws EvaluationException {
            JsonNode resolved = value.evaluate(scope, field);
            if (!resolved.isTextual()) {
                throw EvaluationException.runtime("The " + field + " field refers to value \"" + Json.write(resolved)
                        + "\" which is not a valid string: " + text);
            }
            return resolved.textValue();
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
