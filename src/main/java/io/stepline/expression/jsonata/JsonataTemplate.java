package io.stepline.expression.jsonata;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.definition.JsonataText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A value of a JSONata state's field (Arguments, Output, an Assign value, Items, Condition,
 * TimeoutSeconds, ...) with every expression in it compiled once.
 *
 * <p>A string that is exactly {@code {% expression %}} is evaluated; every other string is a
 * literal, including {@code " {% $states.input %} "} with spaces around it and
 * {@code "$states.input"}. Objects and arrays are walked to any depth, keeping member order.
 * Thread-safe, like {@link JsonataExpression}.
 *
 * <pre>{@code
 * JsonataTemplate output = JsonataTemplate.compile(state.get("Output"));
 * JsonNode value = output.evaluate(JsonataBindings.of(scope).withResult(result), "Output");
 * }</pre>
 */
public final class JsonataTemplate {
    private final JsonNode source;
    private final TemplateNode root;

    private JsonataTemplate(JsonNode source, TemplateNode root) {
        this.source = source;
        this.root = root;
    }

    /**
     * Compiles every expression in a template value.
     *
     * @throws JsonataSyntaxException for the first expression that does not parse; its
     *                                {@link JsonataSyntaxException#path() path} says where it is
     */
    public static JsonataTemplate compile(JsonNode template) {
        JsonNode copy = template.deepCopy();
        return new JsonataTemplate(copy, compile(copy, ""));
    }

    private static TemplateNode compile(JsonNode node, String path) {
        String expression = JsonataText.expressionOf(node);
        if (expression != null) {
            try {
                return new TemplateNode.Expression(JsonataExpression.compile(expression), path);
            } catch (JsonataSyntaxException e) {
                throw e.at(path);
            }
        }
        if (node.isObject()) {
            List<TemplateNode.Member> members = new ArrayList<>(node.size());
            boolean literal = true;
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                TemplateNode value = compile(field.getValue(), path + "/" + field.getKey());
                literal &= value instanceof TemplateNode.Literal;
                members.add(new TemplateNode.Member(field.getKey(), value));
            }
            return literal ? new TemplateNode.Literal(node) : new TemplateNode.ObjectTemplate(List.copyOf(members));
        }
        if (node.isArray()) {
            List<TemplateNode> elements = new ArrayList<>(node.size());
            boolean literal = true;
            for (int i = 0; i < node.size(); i++) {
                TemplateNode element = compile(node.get(i), path + "[" + i + "]");
                literal &= element instanceof TemplateNode.Literal;
                elements.add(element);
            }
            return literal ? new TemplateNode.Literal(node) : new TemplateNode.ArrayTemplate(List.copyOf(elements));
        }
        return new TemplateNode.Literal(node);
    }

    /**
     * The template's value: expressions replaced by their results, literals copied.
     *
     * @param field the field the template is written in ({@code Output}, {@code Assign/total},
     *              {@code Arguments}); nested expressions report {@code Output/a/b[0]}
     */
    public JsonNode evaluate(JsonataBindings bindings, String field) throws JsonataEvaluationException {
        return root.evaluate(bindings, field);
    }

    /** The expression, when the whole template is one {@code {% ... %}} string. */
    public Optional<JsonataExpression> expression() {
        return root instanceof TemplateNode.Expression expression
                ? Optional.of(expression.expression())
                : Optional.empty();
    }

    /** True when the template holds no expression at all. */
    public boolean isLiteral() {
        return root instanceof TemplateNode.Literal;
    }

    /** The template as written. */
    public JsonNode source() {
        return source.deepCopy();
    }
}
