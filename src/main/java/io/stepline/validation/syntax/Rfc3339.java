package io.stepline.validation.syntax;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** Timestamps as ASL compares them: RFC 3339 with an uppercase T and a Z or numeric offset. */
public final class Rfc3339 {
    private static final Pattern SHAPE =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})");

    private Rfc3339() {
    }

    public static boolean isTimestamp(String text) {
        if (!SHAPE.matcher(text).matches()) {
            return false;
        }
        try {
            OffsetDateTime.parse(text); // rejects month 13, hour 25, ...
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
