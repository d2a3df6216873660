package io.stepline.connector.spark.builtin;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.connector.spark.SparkTransform;
import io.stepline.connector.spark.SparkTransformContext;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * {@code aggregate}: group by columns and compute named aggregates. Parameters: {@code groupBy}
 * (columns; none for one row over everything) and {@code aggregations} (required: output column
 * to Spark SQL aggregate expression, e.g. {@code {"revenue": "sum(amount)", "users":
 * "count(DISTINCT user_id)"}}).
 */
public final class Aggregate implements SparkTransform {

    @Override
    public Map<String, Dataset<Row>> apply(Map<String, Dataset<Row>> inputs, JsonNode parameters,
            SparkTransformContext context) {
        Params params = new Params("aggregate", parameters);
        Dataset<Row> data = params.single(inputs);
        Column[] groups = params.strings("groupBy", false).stream().map(name -> col(name)).toArray(Column[]::new);
        Column[] aggregates = params.mapping("aggregations", true).entrySet().stream()
                .map(entry -> expr(entry.getValue()).as(entry.getKey())).toArray(Column[]::new);
        Column[] rest = java.util.Arrays.copyOfRange(aggregates, 1, aggregates.length);
        return Params.result(data.groupBy(groups).agg(aggregates[0], rest));
    }
}
