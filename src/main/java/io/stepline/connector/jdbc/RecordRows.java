package io.stepline.connector.jdbc;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.connector.DatasetRef.Column;
import io.stepline.connector.TaskFailedException;
import io.stepline.json.Json;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The state's records ({@code "Records.$": "$.rows"}): an array of JSON objects. Columns are
 * every field met, in the order first met; a column's type is what its values agree on (bigint,
 * double, boolean, date for ISO dates, string otherwise; objects and arrays are written as JSON text).
 */
final class RecordRows implements RowSource {
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private final JsonNode records;
    private final List<Column> columns;
    private int row = -1;

    private RecordRows(JsonNode records, List<Column> columns) {
        this.records = records;
        this.columns = columns;
    }

    static RecordRows of(JsonNode records) throws TaskFailedException {
        if (!records.isArray()) {
            throw new TaskFailedException(SinkRequest.INVALID, "Records must be an array of JSON objects");
        }
        Map<String, String> types = new LinkedHashMap<>();
        int index = 0;
        for (JsonNode record : records) {
            if (!record.isObject()) {
                throw new TaskFailedException(SinkRequest.INVALID, "Records[" + index + "] is not a JSON object");
            }
            for (Map.Entry<String, JsonNode> field : record.properties()) {
                Identifiers.check(field.getKey(), "column of Records[" + index + "]");
                String type = typeOf(field.getValue());
                types.merge(field.getKey(), type, RecordRows::agree);
            }
            index++;
        }
        List<Column> columns = new ArrayList<>();
        types.forEach((name, type) -> columns.add(new Column(name, type.equals("null") ? "string" : type, true)));
        return new RecordRows(records, List.copyOf(columns));
    }

    private static String typeOf(JsonNode value) {
        if (value.isNull()) {
            return "null";
        }
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            return "bigint";
        }
        if (value.isNumber()) {
            return "double";
        }
        if (value.isBoolean()) {
            return "boolean";
        }
        if (value.isTextual() && ISO_DATE.matcher(value.asText()).matches() && isDate(value.asText())) {
            return "date";
        }
        return "string";
    }

    private static boolean isDate(String text) {
        try {
            LocalDate.parse(text);
            return true;
        } catch (java.time.DateTimeException e) {
            return false;
        }
    }

    private static String agree(String a, String b) {
        if (a.equals(b) || b.equals("null")) {
            return a;
        }
        if (a.equals("null")) {
            return b;
        }
        if ((a.equals("bigint") && b.equals("double")) || (a.equals("double") && b.equals("bigint"))) {
            return "double";
        }
        return "string";
    }

    @Override
    public List<Column> columns() {
        return columns;
    }

    @Override
    public boolean next() {
        return ++row < records.size();
    }

    @Override
    public Object value(int column) {
        JsonNode value = records.get(row).get(columns.get(column).name());
        if (value == null || value.isNull()) {
            return null;
        }
        return switch (columns.get(column).type()) {
            case "bigint" -> value.asLong();
            case "double" -> value.asDouble();
            case "boolean" -> value.asBoolean();
            case "date" -> LocalDate.parse(value.asText());
            default -> value.isValueNode() ? value.asText() : Json.write(value);
        };
    }

    @Override
    public String describe() {
        return "Records";
    }

    @Override
    public void close() {
    }
}
