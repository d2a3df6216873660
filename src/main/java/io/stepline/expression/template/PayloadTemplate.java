package io.stepline.expression.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepline.expression.EvaluationException;
import io.stepline.expression.EvaluationScope;
import io.stepline.expression.intrinsic.IntrinsicParser;
import io.stepline.expression.intrinsic.IntrinsicSyntaxException;
import io.stepline.expression.path.Paths;
import io.stepline.expression.path.PathSyntaxException;
import io.stepline.json.Json;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A JSONPath-state payload template (Parameters, ResultSelector, ItemSelector, Assign): keys
 * ending in {@code .$} take the value of a path or intrinsic call; everything else is copied.
 * Parts without {@code .$} keys are shared with the definition rather than rebuilt.
 */
public final class PayloadTemplate {
    private final Part root;

    private PayloadTemplate(Part root) {
        this.root = root;
    }

    public static PayloadTemplate compile(JsonNode template) throws TemplateSyntaxException {
        return new PayloadTemplate(part(template));
    }

    public JsonNode evaluate(EvaluationScope scope) throws EvaluationException {
        return root.evaluate(scope);
    }

    /** True when every part is literal: the result is the template itself. */
    public boolean isConstant() {
        return root instanceof Constant;
    }

    private sealed interface Part permits Constant, ObjectPart, ArrayPart, Binding {
        JsonNode evaluate(EvaluationScope scope) throws EvaluationException;
    }

    private record Constant(JsonNode value) implements Part {
        @Override
        public JsonNode evaluate(EvaluationScope scope) {
            return value;
        }
    }

    private record Field(String name, Part value) {
    }

    private record ObjectPart(List<Field> fields) implements Part {
        @Override
        public JsonNode evaluate(EvaluationScope scope) throws EvaluationException {
            ObjectNode object = Json.NODES.objectNode();
            for (Field field : fields) {
                object.set(field.name(), field.value().evaluate(scope));
            }
            return object;
        }
    }

    private record ArrayPart(List<Part> items) implements Part {
        @Override
        public JsonNode evaluate(EvaluationScope scope) throws EvaluationException {
            ArrayNode array = Json.NODES.arrayNode(items.size());
            for (Part item : items) {
                array.add(item.evaluate(scope));
            }
            return array;
        }
    }

    /** A {@code "key.$": "..."} value: a path or an intrinsic function call. */
    private record Binding(String key, DynamicValue value) implements Part {
        @Override
        public JsonNode evaluate(EvaluationScope scope) throws EvaluationException {
            return value.evaluate(scope, key);
        }
    }

    private static Part part(JsonNode node) throws TemplateSyntaxException {
        if (node.isObject()) {
            return objectPart(node);
        }
        if (node.isArray()) {
            List<Part> items = new ArrayList<>();
            boolean constant = true;
            for (JsonNode item : node) {
                Part part = part(item);
                constant &= part instanceof Constant;
                items.add(part);
            }
            return constant ? new Constant(node) : new ArrayPart(List.copyOf(items));
        }
        return new Constant(node);
    }

    private static Part objectPart(JsonNode node) throws TemplateSyntaxException {
        List<Field> fields = new ArrayList<>();
        boolean constant = true;
        Iterator<Map.Entry<String, JsonNode>> entries = node.fields();
        while (entries.hasNext()) {
            Map.Entry<String, JsonNode> entry = entries.next();
            String key = entry.getKey();
            if (key.endsWith(".$") && key.length() > 2) {
                String name = key.substring(0, key.length() - 2);
                fields.add(new Field(name, new Binding(key, dynamic(key, entry.getValue()))));
                constant = false;
            } else {
                Part value = part(entry.getValue());
                constant &= value instanceof Constant;
                fields.add(new Field(key, value));
            }
        }
        return constant ? new Constant(node) : new ObjectPart(List.copyOf(fields));
    }

    private static DynamicValue dynamic(String key, JsonNode value) throws TemplateSyntaxException {
        if (!value.isTextual()) {
            throw new TemplateSyntaxException(key, "the value of '" + key + "' must be a path or an intrinsic function");
        }
        String text = value.textValue();
        try {
            if (IntrinsicParser.isIntrinsic(text)) {
                return new DynamicValue.Intrinsic(IntrinsicParser.parse(text));
            }
            return new DynamicValue.Path(Paths.compile(text));
        } catch (PathSyntaxException | IntrinsicSyntaxException e) {
            throw new TemplateSyntaxException(key, e.getMessage());
        }
    }
}
