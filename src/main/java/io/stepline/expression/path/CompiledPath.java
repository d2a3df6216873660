package io.stepline.expression.path;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.expression.EvaluationException;
import io.stepline.expression.EvaluationScope;

/**
 * A JSONPath as ASL uses it: {@code $...} reads the scope's input, {@code $$...} the context
 * object, {@code $name...} a variable. Compiled once, evaluated many times, thread-safe.
 */
public interface CompiledPath {

    /** The path as written. */
    String text();

    /**
     * The selected value. Fails with {@code States.Runtime} and AWS's message
     * ("Invalid path '$.a' : Missing property in path $['a']") when a definite path selects nothing.
     */
    JsonNode read(EvaluationScope scope) throws EvaluationException;

    /** The selected value, or null when the path selects nothing (used by Choice and IsPresent). */
    JsonNode find(EvaluationScope scope);
}
