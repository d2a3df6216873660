package io.stepline.expression.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;

/**
 * States.Format(template, value...): each {@code {}} replaced by the next value, printed as AWS's
 * Java code prints it (strings bare, null as "null", an object as {@code {a=1, b=[]}}). A literal
 * template is compiled once when the call is parsed; a template read from a path, per call.
 * Placeholder and value counts must match; like AWS, a bad template fails at run time.
 */
final class FormatFunction {
    private FormatFunction() {
    }

    static IntrinsicFunction function() {
        return IntrinsicFunction.bound("States.Format", Arity.atLeast(1), FormatFunction::bind);
    }

    private static IntrinsicFunction.Body bind(List<Argument> arguments) {
        if (arguments.get(0) instanceof StringLiteral literal) {
            try {
                FormatTemplate template = FormatTemplate.compile(literal.raw());
                return values -> format(template, values);
            } catch (ArgumentException invalidTemplate) {
                return values -> {
                    throw invalidTemplate;
                };
            }
        }
        return values -> format(FormatTemplate.compile(ArgumentValues.string(values.get(0))), values);
    }

    private static JsonNode format(FormatTemplate template, List<JsonNode> values) throws ArgumentException {
        if (template.placeholders() != values.size() - 1) {
            throw ArgumentException.invalid();
        }
        return TextNode.valueOf(template.render(values, 1));
    }
}
