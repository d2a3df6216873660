package io.stepline.store.jdbc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepline.json.Json;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.Map;
import java.util.Optional;

/**
 * Large JSON values out of line. A value whose JSON text is longer than the threshold (in
 * UTF-8 bytes) is stored once in {@code payloads} under {@code sha256:<hex of its text>}, and
 * its place holds {@code {"steplinePayload": "<reference>", "bytes": N}}.
 *
 * <p>A value that merely looks like such a reference is stored out of line too, whatever its
 * size: so every reference-shaped value read back is one of ours and can be resolved without
 * guessing.
 */
final class Payloads {
    static final String REFERENCE_FIELD = "steplinePayload";
    static final String BYTES_FIELD = "bytes";
    private static final String REFERENCE_PREFIX = "sha256:";
    /** What {@link #inlineOnly} returns for a value that must go out of line (compared by identity). */
    @SuppressWarnings("StringOperationCanBeSimplified") // a distinct instance: no JSON text is it
    static final String OUT_OF_LINE = new String("(out of line)");

    private static final String EXISTS = "SELECT 1 FROM payloads WHERE reference = ?";
    private static final String INSERT = "INSERT INTO payloads (reference, bytes, content, created_at) VALUES (?, ?, ?, ?)";
    private static final String CONTENT = "SELECT content FROM payloads WHERE reference = ?";

    private final int thresholdBytes;

    Payloads(int thresholdBytes) {
        this.thresholdBytes = thresholdBytes;
    }

    /** The JSON text to store in a value's place: its own text, or a reference to it. */
    String inline(Connection connection, JsonNode value) throws SQLException {
        if (value == null) {
            return null;
        }
        String text = Json.write(value);
        if (isReference(value) || exceedsThreshold(text)) {
            return Json.write(saveOutOfLine(connection, text));
        }
        return text;
    }

    /**
     * The value's own text when it stays inline, else {@link #OUT_OF_LINE}; writes nothing. For
     * a writer without a transaction, which must know beforehand that nothing goes to
     * {@code payloads}.
     */
    String inlineOnly(JsonNode value) {
        if (value == null) {
            return null;
        }
        String text = Json.write(value);
        return isReference(value) || exceedsThreshold(text) ? OUT_OF_LINE : text;
    }

    /** {@link #inlineOnly} for event details: {@link #OUT_OF_LINE} when {@link #inlineDetails} would write any. */
    String inlineDetailsOnly(JsonNode details) {
        if (details == null || !details.isObject()) {
            return inlineOnly(details);
        }
        String text = Json.write(details);
        return exceedsThreshold(text) || hasReferenceShapedMember(details) ? OUT_OF_LINE : text;
    }

    /** Event details: each top-level member too large (or reference-shaped) is replaced by a reference. */
    String inlineDetails(Connection connection, JsonNode details) throws SQLException {
        if (details == null || !details.isObject()) {
            return inline(connection, details); // not what the SPI promises, but stored like any value
        }
        String text = Json.write(details);
        if (!exceedsThreshold(text) && !hasReferenceShapedMember(details)) {
            return text; // the usual case: no member can exceed what the whole does not
        }
        ObjectNode stored = Json.NODES.objectNode();
        for (Map.Entry<String, JsonNode> member : details.properties()) {
            String memberText = Json.write(member.getValue());
            boolean outOfLine = isReference(member.getValue()) || exceedsThreshold(memberText);
            stored.set(member.getKey(), outOfLine ? saveOutOfLine(connection, memberText) : member.getValue());
        }
        return Json.write(stored);
    }

    /** The value stored as {@code text}, with a reference in its place read back in full. */
    JsonNode resolve(Connection connection, String text) throws SQLException {
        JsonNode stored = Columns.json(text);
        if (!isReference(stored)) {
            return stored;
        }
        String reference = stored.get(REFERENCE_FIELD).asText();
        return Columns.json(load(connection, reference).orElseThrow(() -> new IllegalStateException(
                "the store refers to payload " + reference + ", which it does not hold")));
    }

    Optional<String> load(Connection connection, String reference) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(CONTENT)) {
            select.setString(1, reference);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        }
    }

    static boolean isReference(JsonNode value) {
        return value != null && value.isObject() && value.size() == 2
                && value.path(REFERENCE_FIELD).isTextual() && value.path(BYTES_FIELD).isNumber();
    }

    private static boolean hasReferenceShapedMember(JsonNode details) {
        for (JsonNode member : details) {
            if (isReference(member)) {
                return true;
            }
        }
        return false;
    }

    private boolean exceedsThreshold(String text) {
        // A char is 1 to 3 UTF-8 bytes (a surrogate pair, 2 chars, is 4): most texts are
        // decided without counting.
        if (text.length() > thresholdBytes) {
            return true;
        }
        if ((long) text.length() * 3 <= thresholdBytes) {
            return false;
        }
        return utf8Length(text) > thresholdBytes;
    }

    /** Saves {@code text} once (in this transaction) and returns the reference to put in its place. */
    private static ObjectNode saveOutOfLine(Connection connection, String text) throws SQLException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        String reference = REFERENCE_PREFIX + JsonHashes.sha256Hex(bytes);
        if (!exists(connection, reference)) {
            insert(connection, reference, bytes.length, text);
        }
        return Json.NODES.objectNode().put(REFERENCE_FIELD, reference).put(BYTES_FIELD, bytes.length);
    }

    private static boolean exists(Connection connection, String reference) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(EXISTS)) {
            select.setString(1, reference);
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        }
    }

    /**
     * Inserts under a savepoint: when another transaction saved the same content meanwhile,
     * its row is as good as ours, and the duplicate key must not abort this transaction
     * (PostgreSQL aborts a whole transaction on any failed statement).
     */
    private static void insert(Connection connection, String reference, long bytes, String text) throws SQLException {
        Savepoint beforeInsert = connection.setSavepoint();
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setString(1, reference);
            insert.setLong(2, bytes);
            insert.setString(3, text);
            Columns.setInstant(insert, 4, Columns.now());
            insert.executeUpdate();
        } catch (SQLException e) {
            if (!SqlErrors.isUniqueViolation(e)) {
                throw e;
            }
            connection.rollback(beforeInsert);
            return;
        }
        connection.releaseSavepoint(beforeInsert);
    }

    private static long utf8Length(String text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }
}
