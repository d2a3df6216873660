package io.stepline.runtime.io;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.expression.EvaluationException;
import io.stepline.expression.EvaluationScope;
import io.stepline.expression.template.PayloadTemplate;
import io.stepline.expression.template.TemplateSyntaxException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A JSONPath state's Assign: a payload template whose top-level keys name variables. All values
 * are evaluated against the state's values before any is assigned.
 */
public final class Assignment {
    private final PayloadTemplate template;

    private Assignment(PayloadTemplate template) {
        this.template = template;
    }

    /** Null when the state has no Assign. */
    public static Assignment compile(JsonNode assign) throws TemplateSyntaxException {
        return assign == null ? null : new Assignment(PayloadTemplate.compile(assign));
    }

    public Map<String, JsonNode> evaluate(EvaluationScope scope) throws EvaluationException {
        JsonNode values = template.evaluate(scope);
        Map<String, JsonNode> assignments = new LinkedHashMap<>();
        values.fields().forEachRemaining(e -> assignments.put(e.getKey(), e.getValue()));
        return assignments;
    }
}
