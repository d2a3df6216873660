package io.stepline.expression.intrinsic;

import static io.stepline.expression.intrinsic.IntrinsicFunction.of;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.stepline.json.Json;
import java.util.List;

/** States.StringToJson, States.JsonToString and States.JsonMerge. */
final class JsonFunctions {
    private JsonFunctions() {
    }

    static List<IntrinsicFunction> all() {
        return List.of(
                of("States.StringToJson", Arity.exactly(1), JsonFunctions::stringToJson),
                of("States.JsonToString", Arity.exactly(1), JsonFunctions::jsonToString),
                of("States.JsonMerge", Arity.exactly(3), JsonFunctions::jsonMerge));
    }

    /** Parses JSON text; AWS answers null for an empty or blank string rather than failing. */
    private static JsonNode stringToJson(List<JsonNode> values) throws ArgumentException {
        String text = ArgumentValues.string(values.get(0));
        if (text.isBlank()) {
            return NullNode.instance;
        }
        try {
            JsonNode parsed = Json.parse(text);
            return parsed.isMissingNode() ? NullNode.instance : parsed;
        } catch (JsonProcessingException e) {
            throw ArgumentException.invalid();
        }
    }

    /** Compact JSON text of any value, a string included ('x' becomes "\"x\""). */
    private static JsonNode jsonToString(List<JsonNode> values) {
        return TextNode.valueOf(Json.write(values.get(0)));
    }

    /**
     * A shallow merge: the second object's keys replace the first's, nested objects are not
     * merged. AWS supports only shallow mode: a literal {@code true} fails; any other third value
     * (even the string "false") means shallow.
     */
    private static JsonNode jsonMerge(List<JsonNode> values) throws ArgumentException {
        JsonNode first = ArgumentValues.object(values.get(0));
        JsonNode second = ArgumentValues.object(values.get(1));
        if (values.get(2).isBoolean() && values.get(2).booleanValue()) {
            throw ArgumentException.invalid();
        }
        ObjectNode merged = Json.NODES.objectNode();
        merged.setAll((ObjectNode) first);
        merged.setAll((ObjectNode) second);
        return merged;
    }
}
