package io.stepline.expression.choice;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * Timestamps: strings in the ASL profile of RFC 3339, compared as instants, so
 * {@code 2012-10-09T20:00:55+01:00} equals {@code 2012-10-09T19:00:55Z}. A string that is not
 * such a timestamp reads as "another type": the comparison is false, not an error.
 */
enum TimestampKind implements ValueKind<Instant> {
    INSTANCE;

    @Override
    public Instant read(JsonNode node) {
        return node.isTextual() ? Rfc3339Timestamps.parse(node.textValue()) : null;
    }

    @Override
    public int compare(Instant left, Instant right) {
        return left.compareTo(right);
    }

    @Override
    public String description() {
        return "timestamp";
    }
}
