package io.stepline.expression.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.expression.EvaluationException;
import io.stepline.expression.EvaluationScope;
import java.util.Arrays;
import java.util.List;

/**
 * A call {@code States.Name(arg, ...)}, at the top or nested as an argument. It evaluates its
 * arguments left to right, then its body; a failure is reported against the innermost call that
 * failed, the way AWS quotes it: "There was an error while evaluating the intrinsic function:
 * States.X(...). Invalid arguments in States.X".
 */
record FunctionCall(IntrinsicFunction function, List<Argument> arguments, IntrinsicFunction.Body body,
                    String source) implements Argument {

    static FunctionCall bind(IntrinsicFunction function, List<Argument> arguments) {
        StringBuilder rendered = new StringBuilder(function.name()).append('(');
        for (int i = 0; i < arguments.size(); i++) {
            rendered.append(i == 0 ? "" : ", ").append(arguments.get(i).source());
        }
        rendered.append(')');
        List<Argument> evaluated = function.evaluatesArguments() ? List.copyOf(arguments) : List.of();
        return new FunctionCall(function, evaluated, function.binder().bind(arguments), rendered.toString());
    }

    @Override
    public JsonNode evaluate(EvaluationScope scope) throws EvaluationException {
        JsonNode[] values = new JsonNode[arguments.size()];
        try {
            for (int i = 0; i < values.length; i++) {
                values[i] = arguments.get(i).evaluate(scope);
            }
            return body.apply(Arrays.asList(values));
        } catch (ArgumentException e) {
            throw EvaluationException.runtime("There was an error while evaluating the intrinsic function: "
                    + source + ". " + e.detailFor(function.name()));
        }
    }
}
