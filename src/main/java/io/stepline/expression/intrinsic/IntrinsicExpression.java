package io.stepline.expression.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.expression.EvaluationException;
import io.stepline.expression.EvaluationScope;

/** A parsed intrinsic function call such as {@code States.Format('{}', $.a)}; thread-safe. */
public interface IntrinsicExpression {

    String text();

    /**
     * Evaluates the call. Failures are what AWS reports: {@code States.Runtime} with
     * "There was an error while evaluating the intrinsic function: States.X(...). Invalid arguments
     * in States.X" (or "The JsonPath argument for the field '$.a' could not be found in the input
     * '...'"). AWS does not raise {@code States.IntrinsicFailure} for these, despite its name.
     * The result may share subtrees with the scope's documents: treat it as immutable.
     */
    JsonNode evaluate(EvaluationScope scope) throws EvaluationException;
}
