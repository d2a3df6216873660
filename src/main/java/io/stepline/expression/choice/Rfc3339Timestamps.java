package io.stepline.expression.choice;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;

/**
 * Parses the timestamps ASL accepts: RFC 3339 date-times with an uppercase {@code T} between
 * date and time and an uppercase {@code Z} when there is no numeric offset (ASL spec,
 * "Timestamps"; AWS guide, Choice state), i.e.
 * {@code YYYY-MM-DDThh:mm:ss[.fraction](Z|+hh:mm|-hh:mm)}.
 *
 * <p>Written by hand rather than with {@code DateTimeFormatter.ISO_OFFSET_DATE_TIME} because that
 * formatter is more lenient than the profile (lowercase {@code t}, missing seconds, offsets with
 * seconds) and because {@code IsTimestamp} runs over arbitrary strings, where a parser that
 * signals failure by exception would be slow. Fractions keep up to nanoseconds (nine digits);
 * longer fractions, leap seconds ({@code :60}) and offsets beyond ±18:00 are not accepted.
 */
final class Rfc3339Timestamps {
    private static final int SHORTEST = "2000-01-01T00:00:00Z".length();
    private static final int MAX_FRACTION_DIGITS = 9;
    /** {@link #offsetSeconds} for a text whose zone part is not {@code Z} or {@code ±hh:mm}. */
    private static final int NO_OFFSET = Integer.MIN_VALUE;

    private Rfc3339Timestamps() {
    }

    /** The instant the text denotes, or null when it is not a timestamp in the ASL profile. */
    static Instant parse(String text) {
        int length = text.length();
        if (length < SHORTEST || !hasDateTimeShape(text)) {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        if (month < 1 || month > 12 || day < 1 || day > Month.of(month).length(Year.isLeap(year))
                || hour > 23 || minute > 59 || second > 59) {
            return null;
        }
        int i = 19;
        int nanos = 0;
        if (text.charAt(i) == '.') {
            int start = ++i;
            while (i < length && isDigit(text.charAt(i))) {
                i++;
            }
            int count = i - start;
            if (count == 0 || count > MAX_FRACTION_DIGITS) {
                return null;
            }
            nanos = digits(text, start, count);
            for (int k = count; k < MAX_FRACTION_DIGITS; k++) {
                nanos *= 10;
            }
        }
        int offsetSeconds = offsetSeconds(text, i);
        if (offsetSeconds == NO_OFFSET) {
            return null;
        }
        long epochSecond = LocalDate.of(year, month, day).toEpochDay() * 86_400L
                + hour * 3_600L + minute * 60L + second - offsetSeconds;
        return Instant.ofEpochSecond(epochSecond, nanos);
    }

    /** {@code YYYY-MM-DDThh:mm:ss} at the start: digits and separators in their places. */
    private static boolean hasDateTimeShape(String text) {
        for (int i = 0; i < 19; i++) {
            char c = text.charAt(i);
            boolean ok = switch (i) {
                case 4, 7 -> c == '-';
                case 10 -> c == 'T';
                case 13, 16 -> c == ':';
                default -> isDigit(c);
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** Seconds east of UTC for {@code Z} or {@code ±hh:mm} ending the text at {@code i}, else {@link #NO_OFFSET}. */
    private static int offsetSeconds(String text, int i) {
        int remaining = text.length() - i;
        char sign = text.charAt(i);
        if (sign == 'Z') {
            return remaining == 1 ? 0 : NO_OFFSET;
        }
        if ((sign != '+' && sign != '-') || remaining != 6 || text.charAt(i + 3) != ':'
                || !isDigit(text.charAt(i + 1)) || !isDigit(text.charAt(i + 2))
                || !isDigit(text.charAt(i + 4)) || !isDigit(text.charAt(i + 5))) {
            return NO_OFFSET;
        }
        int hours = digits(text, i + 1, 2);
        int minutes = digits(text, i + 4, 2);
        if (minutes > 59 || hours * 60 + minutes > 18 * 60) {
            return NO_OFFSET;
        }
        int seconds = hours * 3_600 + minutes * 60;
        return sign == '-' ? -seconds : seconds;
    }

    private static int digits(String text, int start, int count) {
        int value = 0;
        for (int i = start; i < start + count; i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        return value;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
