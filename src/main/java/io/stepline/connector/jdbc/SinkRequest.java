package io.stepline.connector.jdbc;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.connector.DatasetRef;
import io.stepline.connector.TaskFailedException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A sink's parameters, read from the task input:
 * {@code Table}, {@code Mode} (append | upsert | replace_partition), {@code Keys} (upsert),
 * {@code Partition} ({@code {"Column", "Value"}}, replace_partition), {@code CreateTable},
 * {@code BatchSize}, {@code RunKey} (append's ledger key), and the rows: {@code Dataset} (a
 * {@link DatasetRef} of files) or {@code Records} (an array of JSON objects).
 */
record SinkRequest(TableName table, SinkMode mode, List<String> keys, String partitionColumn,
        Object partitionValue, boolean createTable, int batchSize, DatasetRef dataset, JsonNode records,
        String runKey) {
    static final String INVALID = "Jdbc.InvalidParameters";
    static final int DEFAULT_BATCH = 10_000;

    static SinkRequest of(JsonNode input, String idempotencyKey) throws TaskFailedException {
        TableName table = TableName.parse(input.path("Table").asText(null));
        SinkMode mode = SinkMode.parse(input.path("Mode").asText("append"));
        List<String> keys = new ArrayList<>();
        for (JsonNode key : input.path("Keys")) {
            keys.add(Identifiers.check(key.asText(), "key column"));
        }
        if (mode == SinkMode.UPSERT && keys.isEmpty()) {
            throw new TaskFailedException(INVALID, "Mode upsert needs Keys: the key columns of " + table);
        }
        JsonNode partition = input.path("Partition");
        String partitionColumn = null;
        Object partitionValue = null;
        if (mode == SinkMode.REPLACE_PARTITION) {
            if (!partition.path("Column").isTextual() || partition.path("Value").isMissingNode()
                    || partition.path("Value").isNull()) {
                throw new TaskFailedException(INVALID, "Mode replace_partition needs Partition: {\"Column\": ...,"
                        + " \"Value\": ...} (e.g. the run's logical date) for " + table);
            }
            partitionColumn = Identifiers.check(partition.get("Column").asText(), "partition column");
            partitionValue = valueOf(partition.get("Value"));
        }
        int batchSize = input.path("BatchSize").asInt(DEFAULT_BATCH);
        if (batchSize < 1) {
            throw new TaskFailedException(INVALID, "BatchSize must be a positive number of rows");
        }
        JsonNode records = input.get("Records");
        DatasetRef dataset = null;
        if (input.hasNonNull("Dataset")) {
            dataset = DatasetRef.fromJson(input.get("Dataset"), "Dataset");
        }
        if ((dataset == null) == (records == null || records.isNull())) {
            throw new TaskFailedException(INVALID, "give exactly one of Dataset (a dataset reference) or Records"
                    + " (an array of JSON objects) to write into " + table);
        }
        String runKey = input.path("RunKey").isValueNode() ? input.get("RunKey").asText() : idempotencyKey;
        return new SinkRequest(table, mode, List.copyOf(keys), partitionColumn, partitionValue,
                input.path("CreateTable").asBoolean(false), batchSize, dataset, records, runKey);
    }

    /** A partition value: ISO dates become dates, integers numbers, anything else text. */
    private static Object valueOf(JsonNode value) {
        if (value.isIntegralNumber()) {
            return value.asLong();
        }
        String text = value.asText();
        if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                return LocalDate.parse(text);
            } catch (java.time.DateTimeException e) {
                return text;
            }
        }
        return text;
    }
}
