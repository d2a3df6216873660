package io.stepline.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The length of a schedule's data intervals, ISO-8601: a calendar period ({@code P1D},
 * {@code P1M}) or a clock duration of at most a day ({@code PT1H}, {@code PT1S}). Intervals are
 * aligned in the schedule's time zone: days start at midnight, months on the 1st, durations on
 * multiples of themselves since midnight. A fire at T runs the interval that ended at or before T.
 */
public record IntervalLength(String text, Period period, Duration duration) {

    public static IntervalLength parse(String text) {
        String upper = text.trim().toUpperCase(java.util.Locale.ROOT);
        try {
            if (upper.contains("T")) {
                Duration duration = Duration.parse(upper);
                if (duration.isNegative() || duration.isZero() || duration.compareTo(Duration.ofDays(1)) > 0
                        || Duration.ofDays(1).getSeconds() % Math.max(1, duration.getSeconds()) != 0
                        || duration.getNano() != 0) {
                    throw new IllegalArgumentException("interval '" + text + "' must be whole seconds dividing a day"
                            + " (PT1S, PT15M, PT1H, ...) or a calendar period (P1D, P1M)");
                }
                return new IntervalLength(upper, null, duration);
            }
            Period period = Period.parse(upper);
            if (period.isNegative() || period.isZero() || (period.toTotalMonths() > 0 && period.getDays() > 0)) {
                throw new IllegalArgumentException("interval '" + text + "' must be days (P1D) or months (P1M), "
                        + "positive, not both");
            }
            return new IntervalLength(upper, period, null);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("interval '" + text + "' is not an ISO-8601 duration such as P1D or PT1H");
        }
    }

    /** The interval that ended at or before {@code fire}, in {@code zone}. */
    public DataInterval endingAt(Instant fire, ZoneId zone) {
        ZonedDateTime end = floor(fire.atZone(zone));
        return of(minus(end));
    }

    /** The interval starting at {@code start} (aligned by the caller). */
    public DataInterval of(ZonedDateTime start) {
        return new DataInterval(start, plus(start), period != null);
    }

    /** The interval just before {@code interval}. */
    public DataInterval before(DataInterval interval) {
        return of(minus(interval.start()));
    }

    /** The intervals starting on the days {@code from} to {@code to} (both included), oldest first. */
    public List<DataInterval> covering(LocalDate from, LocalDate to, ZoneId zone) {
        List<DataInterval> intervals = new ArrayList<>();
        ZonedDateTime limit = to.plusDays(1).atStartOfDay(zone);
        for (ZonedDateTime start = floor(from.atStartOfDay(zone)); start.isBefore(limit); start = plus(start)) {
            if (!start.isBefore(from.atStartOfDay(zone))) {
                intervals.add(of(start));
            }
        }
        return intervals;
    }

    private ZonedDateTime floor(ZonedDateTime time) {
        if (period != null) {
            ZonedDateTime start = time.toLocalDate().atStartOfDay(time.getZone());
            return period.toTotalMonths() > 0 ? time.toLocalDate().withDayOfMonth(1).atStartOfDay(time.getZone()) : start;
        }
        ZonedDateTime midnight = time.toLocalDate().atStartOfDay(time.getZone());
        long seconds = Duration.between(midnight, time).getSeconds();
        return midnight.plusSeconds(seconds - seconds % duration.getSeconds());
    }

    private ZonedDateTime plus(ZonedDateTime start) {
        return period != null ? start.plus(period) : start.plus(duration);
    }

    private ZonedDateTime minus(ZonedDateTime end) {
        return period != null ? end.minus(period) : end.minus(duration);
    }

    @Override
    public String toString() {
        return text;
    }
}
