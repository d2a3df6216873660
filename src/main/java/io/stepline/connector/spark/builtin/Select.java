package io.stepline.connector.spark.builtin;

import static org.apache.spark.sql.functions.col;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.connector.spark.SparkTransform;
import io.stepline.connector.spark.SparkTransformContext;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * {@code select}: reshape columns, in this order: {@code columns} (Spark SQL expressions to keep,
 * e.g. {@code ["user_id", "amount * 100 AS cents"]}), {@code drop} (columns to remove),
 * {@code rename} ({@code {"old": "new"}}), {@code cast} ({@code {"column": "type"}}, e.g.
 * {@code "decimal(12,2)"}, {@code "timestamp"}). Each is optional; at least one is needed.
 */
public final class Select implements SparkTransform {

    @Override
    public Map<String, Dataset<Row>> apply(Map<String, Dataset<Row>> inputs, JsonNode parameters,
            SparkTransformContext context) {
        Params params = new Params("select", parameters);
        Dataset<Row> data = params.single(inputs);
        List<String> columns = params.strings("columns", false);
        List<String> drop = params.strings("drop", false);
        Map<String, String> rename = params.mapping("rename", false);
        Map<String, String> cast = params.mapping("cast", false);
        if (columns.isEmpty() && drop.isEmpty() && rename.isEmpty() && cast.isEmpty()) {
            throw params.problem("columns", "(or drop, rename, cast) is required");
        }
        if (!columns.isEmpty()) {
            data = data.selectExpr(columns.toArray(String[]::new));
        }
        if (!drop.isEmpty()) {
            data = data.drop(drop.toArray(String[]::new));
        }
        if (!rename.isEmpty()) {
            data = data.withColumnsRenamed(rename);
        }
        for (Map.Entry<String, String> entry : cast.entrySet()) {
            data = data.withColumn(entry.getKey(), col(entry.getKey()).cast(entry.getValue()));
        }
        return Params.result(data);
    }
}
