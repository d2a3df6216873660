package io.stepline.expression.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.expression.EvaluationException;
import io.stepline.expression.EvaluationScope;

/** A parsed intrinsic function call such as {@code States.Format('{}', $.a)}; thread-safe. */
public interface IntrinsicExpression {

    String text();

    /** Evaluates the call; failures are {@code States.IntrinsicFailure} (or {@code States.Runtime} for paths). */
    JsonNode evaluate(EvaluationScope scope) throws EvaluationException;
}
