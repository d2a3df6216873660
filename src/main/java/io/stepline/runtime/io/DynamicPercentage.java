package io.stepline.runtime.io;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.expression.jsonata.JsonataField;
import io.stepline.expression.jsonata.JsonataBindings;
import io.stepline.expression.EvaluationException;
import io.stepline.expression.EvaluationScope;
import io.stepline.expression.path.CompiledPath;
import io.stepline.json.Json;

/** ToleratedFailurePercentage, literal or from ToleratedFailurePercentagePath: a number 0-100. */
public sealed interface DynamicPercentage {

    double resolve(EvaluationScope scope) throws EvaluationException;

    record Fixed(double value) implements DynamicPercentage {
        @Override
        public double resolve(EvaluationScope scope) {
            return value;
        }
    }

    record FromPath(CompiledPath path) implements DynamicPercentage {
        @Override
        public double resolve(EvaluationScope scope) throws EvaluationException {
            JsonNode value = path.read(scope);
            if (!value.isNumber() || value.doubleValue() < 0 || value.doubleValue() > 100) {
                String shown = value.isTextual() ? value.textValue() : Json.write(value);
                throw EvaluationException.runtime("The ToleratedFailurePercentagePath field refers to value \""
                        + shown + "\" which is not a valid percentage: " + path.text());
            }
            return value.doubleValue();
        }
    }

    /** A JSONata ToleratedFailurePercentage: a number from 0 to 100. */
    record FromJsonata(JsonataField field) implements DynamicPercentage {
        @Override
        public double resolve(EvaluationScope scope) throws EvaluationException {
            return field.number(JsonataBindings.of(scope), 0, 100);
        }
    }
}
