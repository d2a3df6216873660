package io.stepline.connector.collect;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;

/**
 * Orders cursor values: numbers as numbers, everything else as text, which orders ISO-8601
 * timestamps of one format correctly (the usual incremental cursor).
 */
final class Cursors {
    private Cursors() {
    }

    static int compare(String a, String b) {
        try {
            return new BigDecimal(a).compareTo(new BigDecimal(b));
        } catch (NumberFormatException notNumbers) {
            return a.compareTo(b);
        }
    }

    /** The greater of a running maximum and a record's cursor field (null and missing ignored). */
    static String max(String current, JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode() || value.isContainerNode()) {
            return current;
        }
        String text = value.asText();
        return current == null || compare(text, current) > 0 ? text : current;
    }
}
