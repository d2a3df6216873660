package io.stepline.connector;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepline.json.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A dataset passed between tasks by reference: data stays in files or tables and the state JSON
 * carries only this. Spark transforms read and write them, sinks load them, collectors produce
 * them. In JSON:
 * <pre>{@code
 * {"uri": "data/journeys/2026-11-25", "format": "parquet", "rows": 1200345,
 *  "schema": [{"name": "user_id", "type": "string", "nullable": true}, ...]}
 * {"uri": "jdbc:warehouse", "format": "table", "table": "analytics.touchpoints"}
 * }</pre>
 * {@code uri} is a path (relative to the working directory), a {@code file:}, {@code s3a://} or
 * other Hadoop URI, or {@code jdbc:CONNECTION} for a table of a named connection. {@code rows}
 * and {@code schema} are known for outputs and optional for inputs. {@code options} are the
 * reader's (e.g. {@code {"header": "true"}} for CSV).
 */
public record DatasetRef(String uri, String format, String table, Long rows, List<Column> schema,
        Map<String, String> options) {
    public static final Set<String> FORMATS = Set.of("parquet", "csv", "json", "jsonl", "table");

    /** One column: a Spark SQL type name ({@code string}, {@code bigint}, {@code double}, {@code timestamp}...). */
    public record Column(String name, String type, boolean nullable) {
    }

    public DatasetRef {
        schema = schema == null ? null : List.copyOf(schema);
        options = options == null ? Map.of() : Map.copyOf(options);
    }

    /** A file dataset with nothing known about its content yet. */
    public static DatasetRef files(String uri, String format) {
        return new DatasetRef(uri, format, null, null, null, Map.of());
    }

    /** The connection a {@code jdbc:CONNECTION} uri names, or null for files. */
    public String connection() {
        return uri.startsWith("jdbc:") ? uri.substring("jdbc:".length()) : null;
    }

    /** The same dataset with its row count and schema, as an output reports them. */
    public DatasetRef described(long rowCount, List<Column> columns) {
        return new DatasetRef(uri, format, table, rowCount, columns, options);
    }

    public ObjectNode toJson() {
        ObjectNode json = Json.NODES.objectNode();
        json.put("uri", uri);
        json.put("format", format);
        if (table != null) {
            json.put("table", table);
        }
        if (rows != null) {
            json.put("rows", rows);
        }
        if (schema != null) {
            ArrayNode columns = json.putArray("schema");
            schema.forEach(c -> columns.addObject().put("name", c.name()).put("type", c.type())
                    .put("nullable", c.nullable()));
        }
        if (!options.isEmpty()) {
            ObjectNode reader = json.putObject("options");
            options.forEach(reader::put);
        }
        return json;
    }

    /**
     * Reads a reference from task input. A bare string is a path whose format is its extension.
     *
     * @param where the input field, for messages (e.g. {@code inputs.touchpoints})
     * @throws TaskFailedException {@code Stepline.InvalidDataset} saying what is wrong and where
     */
    public static DatasetRef fromJson(JsonNode json, String where) throws TaskFailedException {
        if (json != null && json.isTextual()) {
            String uri = json.asText();
            return files(uri, formatOf(uri, where));
        }
        if (json == null || !json.isObject() || !json.path("uri").isTextual()) {
            throw invalid(where, "must be a dataset reference: a path, or {\"uri\": ..., \"format\": ...}");
        }
        String uri = json.get("uri").asText();
        String format = json.path("format").isTextual() ? json.get("format").asText() : formatOf(uri, where);
        if (!FORMATS.contains(format)) {
            throw invalid(where, "format '" + format + "' is not one of " + FORMATS.stream().sorted().toList());
        }
        String table = json.path("table").isTextual() ? json.get("table").asText() : null;
        if (format.equals("table") && (table == null || !uri.startsWith("jdbc:"))) {
            throw invalid(where, "a table dataset needs \"uri\": \"jdbc:CONNECTION\" and \"table\"");
        }
        Long rows = json.path("rows").canConvertToLong() ? json.get("rows").asLong() : null;
        List<Column> schema = null;
        if (json.path("schema").isArray()) {
            schema = new ArrayList<>();
            for (JsonNode column : json.get("schema")) {
                schema.add(new Column(column.path("name").asText(), column.path("type").asText(),
                        column.path("nullable").asBoolean(true)));
            }
        }
        Map<String, String> options = new LinkedHashMap<>();
        json.path("options").properties().forEach(e -> options.put(e.getKey(), e.getValue().asText()));
        return new DatasetRef(uri, format, table, rows, schema, options);
    }

    private static String formatOf(String uri, String where) throws TaskFailedException {
        String name = uri.replaceAll("/+$", "").replaceFirst("(?i)\\.gz$", ""); // data.jsonl.gz is JSON Lines
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
        if (extension.equals("ndjson")) {
            return "jsonl";
        }
        if (!FORMATS.contains(extension) || extension.equals("table")) {
            throw invalid(where, "cannot tell the format of '" + uri + "' from its name; give {\"uri\": ..., \"format\": "
                    + "\"parquet\" | \"csv\" | \"json\" | \"jsonl\"}");
        }
        return extension;
    }

    private static TaskFailedException invalid(String where, String problem) {
        return new TaskFailedException("Stepline.InvalidDataset", where + " " + problem);
    }
}
