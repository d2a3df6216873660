package io.stepline.connector.spark.builtin;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.row_number;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.connector.spark.SparkTransform;
import io.stepline.connector.spark.SparkTransformContext;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/**
 * {@code dedupe}: one row per key. Parameters: {@code keys} (columns, required); {@code orderBy}
 * (a column: keep the row with its greatest value, e.g. the latest {@code updated_at}); {@code latest}
 * (default true; false keeps the smallest). Without {@code orderBy} any one row per key is kept.
 */
public final class Dedupe implements SparkTransform {
    private static final String RANK = "__stepline_rank";

    @Override
    public Map<String, Dataset<Row>> apply(Map<String, Dataset<Row>> inputs, JsonNode parameters,
            SparkTransformContext context) {
        Params params = new Params("dedupe", parameters);
        Dataset<Row> data = params.single(inputs);
        List<String> keys = params.strings("keys", true);
        if (!parameters.has("orderBy")) {
            return Params.result(data.dropDuplicates(keys.toArray(String[]::new)));
        }
        Column order = col(params.string("orderBy"));
        Column[] partition = keys.stream().map(org.apache.spark.sql.functions::col).toArray(Column[]::new);
        var window = Window.partitionBy(partition).orderBy(params.bool("latest", true) ? order.desc() : order.asc());
        return Params.result(data.withColumn(RANK, row_number().over(window)).where(col(RANK).equalTo(1)).drop(RANK));
    }
}
