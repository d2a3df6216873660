package io.stepline.expression.template;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.expression.EvaluationException;
import io.stepline.expression.EvaluationScope;
import io.stepline.expression.intrinsic.IntrinsicExpression;
import io.stepline.expression.path.CompiledPath;
import io.stepline.json.Json;

/** The right-hand side of a {@code .$} key: a path, or an intrinsic function call. */
public sealed interface DynamicValue {

    /** The value; {@code field} names the key in AWS's error messages. */
    JsonNode evaluate(EvaluationScope scope, String field) throws EvaluationException;

    record Path(CompiledPath path) implements DynamicValue {
        @Override
        public JsonNode evaluate(EvaluationScope scope, String field) throws EvaluationException {
            JsonNode value = path.find(scope);
            if (value == null) {
                // AWS names the path, the field and the document it looked in.
                String document = path.text().startsWith("$$") ? Json.write(scope.context())
                        : Json.write(scope.input());
                throw EvaluationException.runtime("The JSONPath '" + path.text() + "' specified for the field '"
                        + field + "' could not be found in the input '" + document + "'");
            }
            return value;
        }
    }

    record Intrinsic(IntrinsicExpression expression) implements DynamicValue {
        @Override
        public JsonNode evaluate(EvaluationScope scope, String field) throws EvaluationException {
            return expression.evaluate(scope);
        }
    }
}
