package io.stepline.connector.collect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepline.json.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a page's body into the records to write: selects them (JSONPath or JSONata), checks their
 * shape against the manifest (an array of objects with the required fields, else
 * {@code Collector.SchemaMismatch}) and maps their fields.
 */
final class RecordMapper {
    private final StreamSpec stream;
    private final Map<String, RecordSelector> fields = new LinkedHashMap<>();

    RecordMapper(StreamSpec stream) {
        this.stream = stream;
        stream.fields().forEach((name, path) -> fields.put(name, RecordSelector.jsonPath(path)));
    }

    List<JsonNode> records(JsonNode body, String shownUrl) throws HttpFailure {
        JsonNode selected = stream.records().select(body);
        if (selected.isMissingNode() || selected.isNull()) {
            throw mismatch(shownUrl, "no records at " + stream.records().text() + "; the page has "
                    + (body.isObject() ? "fields " + fieldNames(body) : "a " + Json.typeName(body)));
        }
        ArrayNode array = selected.isArray() ? (ArrayNode) selected : null;
        if (array == null) {
            throw mismatch(shownUrl, stream.records().text() + " is a " + Json.typeName(selected) + ", not an array of records");
        }
        List<JsonNode> records = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            JsonNode record = array.get(i);
            if (!record.isObject()) {
                throw mismatch(shownUrl, "record " + i + " is a " + Json.typeName(record) + ", not an object");
            }
            JsonNode mapped = fields.isEmpty() ? record : map(record);
            for (String required : stream.requiredFields()) {
                if (!mapped.hasNonNull(required)) {
                    throw mismatch(shownUrl, "record " + i + " has no '" + required + "' (fields: " + fieldNames(record) + ")");
                }
            }
            records.add(mapped);
        }
        return records;
    }

    private ObjectNode map(JsonNode record) {
        ObjectNode mapped = Json.NODES.objectNode();
        fields.forEach((name, selector) -> {
            JsonNode value = selector.select(record);
            mapped.set(name, value.isMissingNode() ? Json.NODES.nullNode() : value);
        });
        return mapped;
    }

    private static String fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names.toString();
    }

    private HttpFailure mismatch(String shownUrl, String problem) {
        return HttpFailure.fatal(CollectErrors.SCHEMA_MISMATCH, "stream " + stream.name() + ", page " + shownUrl + ": " + problem);
    }
}
