package io.stepline.connector.attribution;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.json.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads path summaries: ChannelAttribution's CSV ({@code path;total_conversions;
 * total_conversion_value;total_null}, channels separated by {@code >}), fractribution's
 * ({@code path,total_conversions,total_non_conversions}, {@code " > "}), and JSON rows
 * ({@code {"path": "A > B" or ["A","B"], "conversions": 3, "value": 12.5, "nulls": 7,
 * "touch_ages_days": [4, 0]}}, one per line in a file). A directory (Spark's output) is read
 * part file by part file. Errors name the file and line.
 */
public final class PathSummaryReader {

    private PathSummaryReader() {
    }

    /** Reads a file or a directory of part files; {@code format} is csv, json or jsonl. */
    public static PathSummary read(Path file, String format) throws InvalidPathsException {
        List<Path> parts = parts(file);
        List<PathRow> rows = new ArrayList<>();
        boolean valued = false;
        for (Path part : parts) {
            PathSummary summary = format.equals("csv") ? readCsv(part) : readJsonLines(part);
            rows.addAll(summary.rows());
            valued |= summary.valued();
        }
        return new PathSummary(rows, valued);
    }

    private static List<Path> parts(Path file) throws InvalidPathsException {
        if (!Files.isDirectory(file)) {
            return List.of(file);
        }
        try (Stream<Path> listing = Files.list(file)) {
            return listing.filter(p -> !p.getFileName().toString().startsWith("_")
                    && !p.getFileName().toString().startsWith(".") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new InvalidPathsException(file.toString(), "cannot list the directory: " + e.getMessage());
        }
    }

    public static PathSummary readCsv(Path file) throws InvalidPathsException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CsvPaths.read(file.toString(), reader);
        } catch (NoSuchFileException e) {
            throw new InvalidPathsException(file.toString(), "no such file");
        } catch (IOException e) {
            throw new InvalidPathsException(file.toString(), "cannot read: " + e.getMessage());
        }
    }

    public static PathSummary readJsonLines(Path file) throws InvalidPathsException {
        List<PathRow> rows = new ArrayList<>();
        boolean valued = false;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                String where = file + ":" + number;
                JsonNode json;
                try {
                    json = Json.MAPPER.readTree(line);
                } catch (JsonProcessingException e) {
                    throw new InvalidPathsException(where, "not a JSON object: " + e.getOriginalMessage());
                }
                rows.add(row(json, where));
                valued |= json.hasNonNull("value") || json.hasNonNull("total_conversion_value");
            }
        } catch (NoSuchFileException e) {
            throw new InvalidPathsException(file.toString(), "no such file");
        } catch (IOException e) {
            throw new InvalidPathsException(file.toString(), "cannot read: " + e.getMessage());
        }
        return new PathSummary(rows, valued);
    }

    /** Inline rows (a JSON array of row objects), e.g. from task input; {@code where} names the field. */
    public static PathSummary fromJson(JsonNode array, String where) throws InvalidPathsException {
        if (array == null || !array.isArray()) {
            throw new InvalidPathsException(where, "must be an array of {\"path\", \"conversions\", \"value\", "
                    + "\"nulls\"} rows");
        }
        List<PathRow> rows = new ArrayList<>();
        boolean valued = false;
        for (int i = 0; i < array.size(); i++) {
            JsonNode json = array.get(i);
            rows.add(row(json, where + "[" + i + "]"));
            valued |= json.hasNonNull("value") || json.hasNonNull("total_conversion_value");
        }
        return new PathSummary(rows, valued);
    }

    private static PathRow row(JsonNode json, String where) throws InvalidPathsException {
        if (!json.isObject()) {
            throw new InvalidPathsException(where, "a row must be a JSON object");
        }
        JsonNode pathNode = json.get("path");
        List<String> path = new ArrayList<>();
        if (pathNode != null && pathNode.isArray()) {
            for (JsonNode channel : pathNode) {
                path.add(channel.asText().trim());
            }
        } else if (pathNode != null && pathNode.isTextual()) {
            path = CsvPaths.channels(pathNode.asText());
        } else {
            throw new InvalidPathsException(where, "needs \"path\": \"A > B\" or [\"A\", \"B\"]");
        }
        if (path.isEmpty() || path.stream().anyMatch(String::isEmpty)) {
            throw new InvalidPathsException(where, "empty channel in path " + pathNode);
        }
        double conversions = count(json, where, "conversions", "total_conversions");
        double value = count(json, where, "value", "total_conversion_value");
        double nulls = count(json, where, "nulls", "total_null", "total_nulls", "total_non_conversions");
        double[] ages = null;
        JsonNode agesNode = json.get("touch_ages_days");
        if (agesNode != null && !agesNode.isNull()) {
            if (!agesNode.isArray() || agesNode.size() != path.size()) {
                throw new InvalidPathsException(where, "touch_ages_days must be an array with one age per touch ("
                        + path.size() + ")");
            }
            ages = new double[path.size()];
            for (int i = 0; i < ages.length; i++) {
                if (!agesNode.get(i).isNumber() || agesNode.get(i).asDouble() < 0) {
                    throw new InvalidPathsException(where, "touch_ages_days[" + i + "] must be a number >= 0");
                }
                ages[i] = agesNode.get(i).asDouble();
            }
        }
        return new PathRow(path, conversions, value, nulls, ages, where);
    }

    private static double count(JsonNode json, String where, String... names) throws InvalidPathsException {
        for (String name : names) {
            JsonNode node = json.get(name);
            if (node == null || node.isNull()) {
                continue;
            }
            if (!node.isNumber() || !Double.isFinite(node.asDouble()) || node.asDouble() < 0) {
                throw new InvalidPathsException(where, "\"" + name + "\" must be a number >= 0, not " + node);
            }
            return node.asDouble();
        }
        if (names[0].equals("conversions")) {
            throw new InvalidPathsException(where, "needs \"conversions\" (or \"total_conversions\"); known fields: "
                    + Arrays.toString(new String[] {"path", "conversions", "value", "nulls", "touch_ages_days"}));
        }
        return 0;
    }
}
