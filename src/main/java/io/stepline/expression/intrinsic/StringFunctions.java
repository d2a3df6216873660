package io.stepline.expression.intrinsic;

import static io.stepline.expression.intrinsic.IntrinsicFunction.of;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.stepline.json.Json;
import java.util.List;
import java.util.StringTokenizer;
import java.util.UUID;

/** States.StringSplit and States.UUID. */
final class StringFunctions {
    private StringFunctions() {
    }

    static List<IntrinsicFunction> all() {
        return List.of(
                of("States.StringSplit", Arity.exactly(2), StringFunctions::split),
                // AWS accepts arguments to States.UUID and ignores them.
                IntrinsicFunction.ignoringArguments("States.UUID", values -> TextNode.valueOf(UUID.randomUUID().toString())));
    }

    /**
     * Splits on every character of the delimiter string and drops empty pieces: "a.b+c" split by
     * ".+" is [a, b, c], ",,a," split by "," is [a], "" is []. That is
     * {@link StringTokenizer}'s contract exactly, and AWS's recorded results match it.
     */
    private static JsonNode split(List<JsonNode> values) throws ArgumentException {
        String text = ArgumentValues.string(values.get(0));
        String delimiters = ArgumentValues.string(values.get(1));
        StringTokenizer tokens = new StringTokenizer(text, delimiters);
        ArrayNode pieces = Json.NODES.arrayNode(tokens.countTokens());
        while (tokens.hasMoreTokens()) {
            pieces.add(tokens.nextToken());
        }
        return pieces;
    }
}
