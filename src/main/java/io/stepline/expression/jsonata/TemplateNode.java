package io.stepline.expression.jsonata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * A compiled template value. Each node knows its place below the template's field as a path
 * suffix ({@code /a/b[0]}), fixed at compile time so evaluating builds no path strings.
 */
sealed interface TemplateNode {

    JsonNode evaluate(JsonataBindings bindings, String field) throws JsonataEvaluationException;

    /** A subtree without expressions, copied out so callers may modify what they get. */
    record Literal(JsonNode value) implements TemplateNode {
        @Override
        public JsonNode evaluate(JsonataBindings bindings, String field) {
            return value.isContainerNode() ? value.deepCopy() : value;
        }
    }

    /** A string that is exactly {@code {% ... %}}. */
    record Expression(JsonataExpression expression, String path) implements TemplateNode {
        @Override
        public JsonNode evaluate(JsonataBindings bindings, String field) throws JsonataEvaluationException {
            return expression.evaluate(bindings, field + path);
        }
    }

    /** An object with at least one expression somewhere below it; members keep their order. */
    record ObjectTemplate(List<Member> members) implements TemplateNode {
        @Override
        public JsonNode evaluate(JsonataBindings bindings, String field) throws JsonataEvaluationException {
            ObjectNode object = JsonNodeFactory.instance.objectNode();
            for (Member member : members) {
                object.set(member.name(), member.value().evaluate(bindings, field));
            }
            return object;
        }
    }

    record Member(String name, TemplateNode value) {
    }

    /** An array with at least one expression somewhere below it. */
    record ArrayTemplate(List<TemplateNode> elements) implements TemplateNode {
        @Override
        public JsonNode evaluate(JsonataBindings bindings, String field) throws JsonataEvaluationException {
            ArrayNode array = JsonNodeFactory.instance.arrayNode(elements.size());
            for (TemplateNode element : elements) {
                array.add(element.evaluate(bindings, field));
            }
            return array;
        }
    }
}
