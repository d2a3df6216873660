package io.stepline.connector.jdbc;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.connector.TaskFailedException;
import java.util.ArrayList;
import java.util.List;

/**
 * A sql task's parameters: {@code Statement} (one) or {@code Statements} (several, one
 * transaction), {@code Parameters} (an object for {@code :name} parameters, or an array for
 * {@code ?} with one Statement), {@code MaxRows} (1000), {@code TimeoutSeconds}, and
 * {@code Export} ({@code {"Uri", "Format": parquet | csv | jsonl}}) to write a query's rows to files.
 */
record SqlRequest(List<String> statements, boolean several, JsonNode parameters, int maxRows, int timeoutSeconds,
        String exportUri, String exportFormat) {
    static final int DEFAULT_MAX_ROWS = 1000;

    static SqlRequest of(JsonNode input) throws TaskFailedException {
        List<String> statements = new ArrayList<>();
        boolean several = input.has("Statements");
        if (input.path("Statement").isTextual()) {
            statements.add(input.get("Statement").asText());
        }
        for (JsonNode statement : input.path("Statements")) {
            statements.add(statement.asText());
        }
        if (statements.isEmpty() || (several && input.has("Statement"))) {
            throw new TaskFailedException(SinkRequest.INVALID, "give Statement (SQL text) or Statements (an array of"
                    + " SQL texts run in one transaction)");
        }
        JsonNode parameters = input.path("Parameters");
        if (parameters.isArray() && statements.size() > 1) {
            throw new TaskFailedException(SinkRequest.INVALID, "positional Parameters (an array) go with one"
                    + " Statement; with Statements, name them (:name) and give Parameters as an object");
        }
        String exportUri = null;
        String exportFormat = null;
        JsonNode export = input.path("Export");
        if (export.isObject()) {
            exportUri = export.path("Uri").asText(null);
            exportFormat = export.path("Format").asText("parquet");
            if (exportUri == null || !List.of("parquet", "csv", "jsonl").contains(exportFormat)) {
                throw new TaskFailedException(SinkRequest.INVALID, "Export needs Uri (a local path) and Format"
                        + " (parquet, csv or jsonl)");
            }
            if (statements.size() > 1) {
                throw new TaskFailedException(SinkRequest.INVALID, "Export goes with one Statement (a query)");
            }
        }
        return new SqlRequest(List.copyOf(statements), several, parameters,
                input.path("MaxRows").asInt(DEFAULT_MAX_ROWS), input.path("TimeoutSeconds").asInt(0),
                exportUri, exportFormat);
    }
}
