package io.stepline.marketing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Reads the instants pipelines pass around: {@code 2026-11-01}, {@code 2026-11-01T00:00:00+01:00} or {@code ...Z}. */
public final class Instants {
    private Instants() {
    }

    /** @throws IllegalArgumentException naming {@code what} when the text is neither form */
    public static Instant parse(String text, String what) {
        try {
            if (text.length() == 10) {
                return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(what + " '" + text + "' is not a date (2026-11-01) or a date-time "
                    + "with an offset (2026-11-01T00:00:00+01:00)");
        }
    }
}
