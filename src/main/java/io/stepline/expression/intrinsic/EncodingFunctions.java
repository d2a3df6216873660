package io.stepline.expression.intrinsic;

import static io.stepline.expression.intrinsic.IntrinsicFunction.of;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/** States.Base64Encode and States.Base64Decode over the UTF-8 bytes of strings. */
final class EncodingFunctions {
    /** AWS: "a data string of up to 10,000 characters". */
    static final int MAX_INPUT_LENGTH = 10_000;

    private EncodingFunctions() {
    }

    static List<IntrinsicFunction> all() {
        return List.of(
                of("States.Base64Encode", Arity.exactly(1), EncodingFunctions::encode),
                of("States.Base64Decode", Arity.exactly(1), EncodingFunctions::decode));
    }

    private static JsonNode encode(List<JsonNode> values) throws ArgumentException {
        String text = ArgumentValues.string(values.get(0), MAX_INPUT_LENGTH);
        return TextNode.valueOf(Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static JsonNode decode(List<JsonNode> values) throws ArgumentException {
        String text = ArgumentValues.string(values.get(0), MAX_INPUT_LENGTH);
        return TextNode.valueOf(new String(LenientBase64.decode(text), StandardCharsets.UTF_8));
    }
}
