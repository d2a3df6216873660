package io.stepline.connector.collect;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * One stream of a connector: where its pages are, how records are picked from a page, how the
 * next page is found, and the field its incremental cursor follows.
 *
 * @param body      the JSON body of a POST (with {@code {{...}}} placeholders), or null
 * @param records   how the records are picked from a page's body
 * @param fields    output field -> JSONPath into the record; empty keeps records as they are
 * @param cursorField the field whose greatest value is the next run's cursor, or null
 * @param cursorStart the cursor of the very first run, or null
 */
public record StreamSpec(String name, String path, String method, Map<String, String> headers, Map<String, String> query,
        JsonNode body, RecordSelector records, Map<String, String> fields, List<String> requiredFields,
        Pagination pagination, String cursorField, String cursorStart) {

    public StreamSpec {
        headers = Map.copyOf(headers);
        query = Map.copyOf(query);
        fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
        requiredFields = List.copyOf(requiredFields);
    }

    public boolean incremental() {
        return cursorField != null;
    }
}
