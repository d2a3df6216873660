package io.stepline.connector.attribution;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Path summary CSV: the separator is the header's ({@code ;}, {@code ,} or tab); columns are
 * found by name, in any order: path; total_conversions (or conversions); optionally
 * total_conversion_value (value), total_null (total_nulls, total_non_conversions, nulls) and
 * touch_ages_days ({@code >}-separated like the path).
 */
final class CsvPaths {
    private static final String[] CONVERSIONS = {"total_conversions", "conversions"};
    private static final String[] VALUE = {"total_conversion_value", "conversion_value", "value"};
    private static final String[] NULLS = {"total_null", "total_nulls", "total_non_conversions", "nulls",
            "non_conversions"};

    private CsvPaths() {
    }

    /** Channels of a path text: split on {@code >}, trimmed (ChannelAttribution and fractribution). */
    static List<String> channels(String text) {
        List<String> channels = new ArrayList<>();
        for (String part : text.split(">", -1)) {
            channels.add(part.trim());
        }
        return channels;
    }

    static PathSummary read(String name, BufferedReader reader) throws IOException, InvalidPathsException {
        String header = reader.readLine();
        if (header == null || header.isBlank()) {
            throw new InvalidPathsException(name + ":1", "empty file; expected a header "
                    + "path;total_conversions;total_conversion_value;total_null");
        }
        header = header.replace("\uFEFF", "");
        String separator = header.contains(";") ? ";" : header.contains("\t") ? "\t" : ",";
        List<String> columns = new ArrayList<>();
        for (String column : header.split(separator, -1)) {
            columns.add(unquote(column).toLowerCase(Locale.ROOT));
        }
        int path = columns.indexOf("path");
        int conversions = find(columns, CONVERSIONS);
        if (path < 0 || conversions < 0) {
            throw new InvalidPathsException(name + ":1", "the header needs columns path and total_conversions "
                    + "(optional: total_conversion_value, total_null); found " + String.join(", ", columns));
        }
        int value = find(columns, VALUE);
        int nulls = find(columns, NULLS);
        int ages = columns.indexOf("touch_ages_days");
        List<PathRow> rows = new ArrayList<>();
        String line;
        int number = 1;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            String where = name + ":" + number;
            String[] fields = line.split(separator, -1);
            if (fields.length != columns.size()) {
                throw new InvalidPathsException(where, fields.length + " fields, the header has " + columns.size()
                        + " (separator '" + (separator.equals("\t") ? "\\t" : separator) + "')");
            }
            List<String> channels = channels(unquote(fields[path]));
            if (channels.stream().anyMatch(String::isEmpty)) {
                throw new InvalidPathsException(where, "empty channel in path '" + fields[path] + "'");
            }
            double[] touchAges = ages < 0 || unquote(fields[ages]).isEmpty() ? null
                    : ages(where, fields[ages], channels.size());
            rows.add(new PathRow(channels, number(where, columns, fields, conversions),
                    value < 0 ? 0 : number(where, columns, fields, value),
                    nulls < 0 ? 0 : number(where, columns, fields, nulls), touchAges, where));
        }
        return new PathSummary(rows, value >= 0);
    }

    private static int find(List<String> columns, String[] names) {
        for (String name : names) {
            if (columns.contains(name)) {
                return columns.indexOf(name);
            }
        }
        return -1;
    }

    private static double number(String where, List<String> columns, String[] fields, int index)
            throws InvalidPathsException {
        String text = unquote(fields[index]);
        try {
            double number = Double.parseDouble(text);
            if (Double.isFinite(number) && number >= 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidPathsException(where, "column " + columns.get(index) + ": '" + text
                + "' is not a number >= 0");
    }

    private static double[] ages(String where, String field, int touches) throws InvalidPathsException {
        List<String> parts = channels(unquote(field));
        if (parts.size() != touches) {
            throw new InvalidPathsException(where, "touch_ages_days has " + parts.size() + " ages for " + touches
                    + " touches");
        }
        double[] ages = new double[touches];
        for (int i = 0; i < touches; i++) {
            try {
                ages[i] = Double.parseDouble(parts.get(i));
            } catch (NumberFormatException e) {
                throw new InvalidPathsException(where, "touch_ages_days: '" + parts.get(i) + "' is not a number");
            }
            if (!(ages[i] >= 0)) {
                throw new InvalidPathsException(where, "touch_ages_days: " + parts.get(i) + " is negative");
            }
        }
        return ages;
    }

    private static String unquote(String field) {
        String trimmed = field.trim();
        if (trimmed.length() >= 2 && trimmed.startsWith("\"") && trimmed.endsWith("\"")) {
            return trimmed.substring(1, trimmed.length() - 1).replace("\"\"", "\"");
        }
        return trimmed;
    }
}
