package io.stepline.expression;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What expressions read while a state runs: the value a path's {@code $} refers to, the context
 * object ({@code $$} / {@code $states.context}) and the workflow variables ({@code $name}).
 */
public interface EvaluationScope {

    /** The document a {@code $...} path reads: the state input, or the result for ResultSelector. */
    JsonNode input();

    /** The context object; built on first use, since most states never read it. */
    JsonNode context();

    /** The variable's value, or null when no visible scope defines it. */
    JsonNode variable(String name);

    /** The same scope with {@code $} bound to another document. */
    default EvaluationScope withInput(JsonNode newInput) {
        EvaluationScope outer = this;
        return new EvaluationScope() {
            @Override
            public JsonNode input() {
                return newInput;
            }

            @Override
            public JsonNode context() {
                return outer.context();
            }

            @Override
            public JsonNode variable(String name) {
                return outer.variable(name);
            }
        };
    }
}
