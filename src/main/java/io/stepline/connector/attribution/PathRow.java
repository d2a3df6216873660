package io.stepline.connector.attribution;

import java.util.List;

/**
 * One distinct path of a path summary: the channels touched, in time order, by every journey of
 * the row, how many of those journeys converted, their total conversion value, and how many did
 * not convert ("nulls").
 *
 * <p>{@code touchAgesDays}, when present, gives per touch the time in days between the touch and
 * the conversion; only time decay with a half-life needs it. A summary built for time decay
 * groups journeys by path <em>and</em> ages (for example ages rounded to whole days), so a row
 * still stands for many journeys.
 *
 * @param origin where the row came from ({@code paths.csv:12}), for messages
 */
public record PathRow(List<String> channels, double conversions, double value, double nulls,
        double[] touchAgesDays, String origin) {

    public PathRow {
        channels = List.copyOf(channels);
    }

    public PathRow(List<String> channels, double conversions, double value, double nulls) {
        this(channels, conversions, value, nulls, null, null);
    }

    public int length() {
        return channels.size();
    }

    /** For messages: the origin if known, else the path itself. */
    public String where() {
        return origin != null ? origin : "path " + String.join(" > ", channels);
    }
}
