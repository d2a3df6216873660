package io.stepline.connector.spark;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;

/** A transform that takes minutes (100 ms a row), for cancelling. */
public final class SlowTransform implements SparkTransform {

    @Override
    public Map<String, Dataset<Row>> apply(Map<String, Dataset<Row>> inputs, JsonNode parameters,
            SparkTransformContext context) {
        UDF1<Long, Long> slow = id -> {
            Thread.sleep(100);
            return id;
        };
        var udf = functions.udf(slow, DataTypes.LongType);
        Dataset<Row> rows = context.spark().range(0, 2000, 1, 2).toDF("id");
        return Map.of("result", rows.select(udf.apply(rows.col("id")).as("id")));
    }
}
