package io.stepline.expression.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/** States.Hash(data, algorithm): the lowercase hex digest of the data's UTF-8 bytes. */
final class HashFunction {
    /** Exactly these names, case and hyphen included; the JDK knows each by the same name. */
    static final Set<String> ALGORITHMS = Set.of("MD5", "SHA-1", "SHA-256", "SHA-384", "SHA-512");
    static final int MAX_INPUT_LENGTH = 10_000;

    private HashFunction() {
    }

    static IntrinsicFunction function() {
        return IntrinsicFunction.of("States.Hash", Arity.exactly(2), HashFunction::hash);
    }

    /** AWS hashes a non-string value too, as its Java text (123 as "123"). */
    private static JsonNode hash(List<JsonNode> values) throws ArgumentException {
        String data = JavaObjects.text(values.get(0));
        String algorithm = ArgumentValues.string(values.get(1));
        if (data.length() > MAX_INPUT_LENGTH || !ALGORITHMS.contains(algorithm)) {
            throw ArgumentException.invalid();
        }
        try {
            byte[] digest = MessageDigest.getInstance(algorithm).digest(data.getBytes(StandardCharsets.UTF_8));
            return TextNode.valueOf(HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK provides " + algorithm, e);
        }
    }
}
