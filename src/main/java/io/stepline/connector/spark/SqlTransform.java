package io.stepline.connector.spark;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

/**
 * A transform written as one Spark SQL query (a {@code .sql} file beside the pipeline). Each
 * input is a temp view named by its key; each parameter is a named parameter marker
 * ({@code WHERE day = :day}) bound by Spark as a literal, never spliced into the text, so a
 * parameter's value cannot change the query. Use {@code WITH} for intermediate steps.
 */
final class SqlTransform {
    private SqlTransform() {
    }

    static Dataset<Row> run(String sql, Map<String, Dataset<Row>> inputs, JsonNode parameters,
            SparkTransformContext context) {
        inputs.forEach((name, data) -> data.createOrReplaceTempView(name));
        String query = sql.strip();
        while (query.endsWith(";")) {
            query = query.substring(0, query.length() - 1).strip();
        }
        Map<String, Object> args = new LinkedHashMap<>();
        parameters.properties().forEach(entry -> args.put(entry.getKey(), literal(entry.getKey(), entry.getValue())));
        return context.spark().sql(query, args);
    }

    /** A JSON value as a SQL literal: strings, numbers, booleans, null, and arrays of them. */
    private static Object literal(String name, JsonNode value) {
        if (value.isArray()) {
            Column[] items = new Column[value.size()];
            for (int i = 0; i < items.length; i++) {
                items[i] = functions.lit(literal(name, value.get(i)));
            }
            return functions.array(items);
        }
        if (value.isTextual()) {
            return value.asText();
        }
        if (value.isIntegralNumber()) {
            return value.canConvertToInt() ? (Object) value.asInt() : (Object) value.asLong();
        }
        if (value.isNumber()) {
            return value.decimalValue();
        }
        if (value.isBoolean()) {
            return value.asBoolean();
        }
        if (value.isNull()) {
            return null;
        }
        throw new TransformParameterException("parameters." + name
                + " must be a string, number, boolean, null or an array of them to bind as :" + name);
    }
}
