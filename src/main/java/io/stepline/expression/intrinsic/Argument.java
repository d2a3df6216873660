package io.stepline.expression.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.expression.EvaluationException;
import io.stepline.expression.EvaluationScope;

/** One argument of an intrinsic call, as parsed: a literal, a path or a nested call. */
sealed interface Argument permits Literal, StringLiteral, PathArgument, FunctionCall {

    /** The argument as written, used when AWS quotes the call in an error cause. */
    String source();

    JsonNode evaluate(EvaluationScope scope) throws EvaluationException, ArgumentException;
}
