package io.stepline.runtime.io;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.expression.jsonata.JsonataField;
import io.stepline.expression.jsonata.JsonataBindings;
import io.stepline.expression.EvaluationException;
import io.stepline.expression.EvaluationScope;
import io.stepline.expression.path.CompiledPath;
import io.stepline.json.Json;

/**
 * An integer field that may come from a path (TimeoutSecondsPath, MaxConcurrencyPath,
 * ToleratedFailureCountPath...) or be written literally; errors carry AWS's wording.
 */
public sealed interface DynamicInteger {

    long resolve(EvaluationScope scope) throws EvaluationException;

    record Fixed(long value) implements DynamicInteger {
        @Override
        public long resolve(EvaluationScope scope) {
            return value;
        }
    }

    /**
     * {@code field} is the ASL field name, e.g. "MaxConcurrencyPath". Integral numbers and
     * integral strings are accepted; anything else fails with States.Runtime:
     * {@code The MaxConcurrencyPath field refers to value "x" which is not a valid integer: $.path}.
     */
    record FromPath(String field, CompiledPath path) implements DynamicInteger {
        @Override
        public long resolve(EvaluationScope scope) throws EvaluationException {
            JsonNode value = path.read(scope);
            Long parsed = integerOf(value);
            if (parsed == null || parsed < 0) {
                String shown = value.isTextual() ? value.textValue() : Json.write(value);
                throw EvaluationException.runtime("The " + field + " field refers to value \"" + shown
                        + "\" which is not a valid integer: " + path.text());
            }
            return parsed;
        }
    }

    static Long integerOf(JsonNode value) {
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            return value.longValue();
        }
        if (value.isNumber()) {
            double d = value.doubleValue();
            return d == Math.rint(d) && !Double.isInfinite(d) ? (long) d : null;
        }
        if (value.isTextual()) {
            try {
                return Long.parseLong(value.textValue().trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /** A JSONata field: an integer between {@code min} and {@code max}, AWS's messages otherwise. */
    record FromJsonata(JsonataField field, long min, long max) implements DynamicInteger {
        @Override
        public long resolve(EvaluationScope scope) throws EvaluationException {
            return field.integer(JsonataBindings.of(scope), min, max);
        }
    }
}
