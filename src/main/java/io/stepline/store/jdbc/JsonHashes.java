package io.stepline.store.jdbc;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.json.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/** SHA-256 digests: of text (payload references) and of a JSON value as a value (inputs). */
final class JsonHashes {
    private static final HexFormat HEX = HexFormat.of();
    private static final int MAX_PLAIN_DIGITS = 400;

    private JsonHashes() {
    }

    static String sha256Hex(byte[] bytes) {
        return HEX.formatHex(sha256().digest(bytes));
    }

    static String sha256Hex(String text) {
        return sha256Hex(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The digest of {@code value}'s canonical form, so that two inputs that are the same JSON
     * value hash the same however they were written: object members sorted by name, numbers
     * by value ({@code 1}, {@code 1.0} and {@code 1e0} are one number). Java null is JSON null.
     */
    static String canonicalSha256Hex(JsonNode value) {
        MessageDigest digest = sha256();
        try (OutputStream sink = new DigestOutputStream(OutputStream.nullOutputStream(), digest);
                JsonGenerator generator = Json.MAPPER.getFactory().createGenerator(sink)) {
            writeCanonical(generator, value);
        } catch (IOException e) {
            throw new UncheckedIOException("hashing a JSON value in memory failed", e);
        }
        return HEX.formatHex(digest.digest());
    }

    private static void writeCanonical(JsonGenerator out, JsonNode value) throws IOException {
        if (value == null || value.isNull() || value.isMissingNode()) {
            out.writeNull();
        } else if (value.isObject()) {
            Map<String, JsonNode> sorted = new TreeMap<>();
            for (Map.Entry<String, JsonNode> member : value.properties()) {
                sorted.put(member.getKey(), member.getValue());
            }
            out.writeStartObject();
            for (Map.Entry<String, JsonNode> member : sorted.entrySet()) {
                out.writeFieldName(member.getKey());
                writeCanonical(out, member.getValue());
            }
            out.writeEndObject();
        } else if (value.isArray()) {
            out.writeStartArray();
            for (JsonNode element : value) {
                writeCanonical(out, element);
            }
            out.writeEndArray();
        } else if (value.isNumber()) {
            out.writeRawValue(canonicalNumber(value));
        } else {
            out.writeTree(value);
        }
    }

    private static String canonicalNumber(JsonNode number) {
        BigDecimal decimal;
        if (number.isIntegralNumber()) {
            decimal = new BigDecimal(number.bigIntegerValue());
        } else if (number.isBigDecimal()) {
            decimal = number.decimalValue();
        } else if (Double.isFinite(number.doubleValue())) {
            // the shortest decimal that reads back as this double: 0.1, not 0.1000000000000000055...
            decimal = new BigDecimal(Double.toString(number.doubleValue()));
        } else {
            return Double.toString(number.doubleValue());
        }
        BigDecimal stripped = decimal.stripTrailingZeros();
        // Whole numbers of sane size in plain digits (1000, not 1E+3); absurd ones in the
        // stripped scientific form, which is canonical too and never expands a huge exponent.
        boolean plainWhole = stripped.scale() <= 0 && stripped.precision() - stripped.scale() <= MAX_PLAIN_DIGITS;
        return plainWhole ? stripped.toBigInteger().toString() : stripped.toString();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
